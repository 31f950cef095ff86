package app.rapport.tools.bench;

/** Nearest-rank percentiles of sorted samples: the one definition every bench command reports with. */
public final class Percentiles {

    private Percentiles() {
    }

    /** The nearest-rank {@code p} percentile (0 &lt; p ≤ 1) of ascending nanosecond samples, in milliseconds; 0 when empty. */
    public static double millis(long[] sortedNanos, double p) {
        return sortedNanos.length == 0 ? 0 : sortedNanos[rank(sortedNanos.length, p)] / 1e6;
    }

    private static int rank(int n, double p) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(p * n) - 1));
    }
}
