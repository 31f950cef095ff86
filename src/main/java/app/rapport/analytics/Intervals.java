package app.rapport.analytics;

/**
 * 95 % confidence intervals for rates and their differences. Wilson's score interval for a proportion (it
 * stays inside [0, 1] and behaves at 0 and n successes and for small n, where the normal "Wald" interval does
 * not); Newcombe's hybrid score interval (1998, his method 10) for the difference of two independent
 * proportions, built from the two Wilson intervals. Checked against Newcombe's published examples
 * ({@code IntervalsTest}).
 */
public final class Intervals {

    /** The 97.5th percentile of the standard normal distribution. */
    static final double Z = 1.959963984540054;

    private Intervals() {
    }

    /** A rate with its interval; all null when the denominator is 0 (no rate). */
    public record Rate(long successes, long trials, Double value, Double low, Double high) {
    }

    /** A difference of two rates with its interval; all null when either rate is undefined. */
    public record Difference(Double value, Double low, Double high) {
    }

    /** {@code successes / trials} with Wilson's 95 % interval. Successes above trials are capped (a rate of at most 1). */
    public static Rate wilson(long successes, long trials) {
        if (trials <= 0) {
            return new Rate(successes, trials, null, null, null);
        }
        long x = Math.min(successes, trials);
        double n = trials;
        double p = x / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Rate(successes, trials, p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** {@code a − b} with Newcombe's hybrid score interval from the two Wilson intervals. */
    public static Difference newcombe(Rate a, Rate b) {
        if (a.value() == null || b.value() == null) {
            return new Difference(null, null, null);
        }
        double d = a.value() - b.value();
        double low = d - Math.sqrt(square(a.value() - a.low()) + square(b.high() - b.value()));
        double high = d + Math.sqrt(square(a.high() - a.value()) + square(b.value() - b.low()));
        return new Difference(d, low, high);
    }

    private static double square(double x) {
        return x * x;
    }
}
