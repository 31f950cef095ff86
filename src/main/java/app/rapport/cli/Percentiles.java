package app.rapport.cli;

/** Nearest-rank percentiles of sorted samples: the one definition every bench command reports with. */
public final class Percentiles {

    private Percentiles() {
    }

    /** The nearest-rank {@code p} percentile (0 &lt; p ≤ 1) of ascending {@code sorted}; 0 when empty. */
    public static double of(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[rank(sorted.length, p)];
    }

    /** The same for nanosecond samples, in milliseconds. */
    public static double millis(long[] sortedNanos, double p) {
        return sortedNanos.length == 0 ? 0 : sortedNanos[rank(sortedNanos.length, p)] / 1e6;
    }

    private static int rank(int n, double p) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(p * n) - 1));
    }
}
