package app.rapport.suggestion;

/**
 * ln(1 + n) for the counts most members have, computed once: stage 1 took it for every candidate of every request,
 * a tenth of a suggestion request's CPU. The same values as {@link Math#log1p}, so scores do not change.
 */
final class Log1p {

    private static final double[] TABLE = new double[1 << 16];

    static {
        for (int n = 0; n < TABLE.length; n++) {
            TABLE[n] = Math.log1p(n);
        }
    }

    private Log1p() {
    }

    static double of(int n) {
        return n >= 0 && n < TABLE.length ? TABLE[n] : Math.log1p(n);
    }
}
