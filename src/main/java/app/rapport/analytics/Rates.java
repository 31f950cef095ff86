package app.rapport.analytics;

/** Ratios with a defined value for an empty denominator: null ("no data"), never NaN or an error. */
final class Rates {

    private Rates() {
    }

    static Double of(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
