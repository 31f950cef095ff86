package app.rapport.analytics;

import java.util.TreeMap;

/**
 * A time-to-answer histogram with fixed buckets, mergeable across days (the daily rollups add up). Bucket 0
 * holds answers within a minute; bucket b >= 1 holds [60 × 1.1^(b-1), 60 × 1.1^b) seconds, so a percentile
 * read from it (linear within its bucket) is within 10 % of the exact one (within a minute below a minute).
 * The bucket rule is the one in analytics-rollup-answers.cypher.
 */
final class TimeToAnswerHistogram {

    static final double GROWTH = 1.1;
    static final double FIRST = 60;

    private final TreeMap<Integer, Long> counts = new TreeMap<>();
    private long total;

    void add(int bucket, long n) {
        counts.merge(bucket, n, Long::sum);
        total += n;
    }

    void addAll(TimeToAnswerHistogram other) {
        other.counts.forEach(this::add);
    }

    long count() {
        return total;
    }

    static double lower(int bucket) {
        return bucket == 0 ? 0 : FIRST * Math.pow(GROWTH, bucket - 1);
    }

    static double upper(int bucket) {
        return FIRST * Math.pow(GROWTH, bucket);
    }

    /**
     * The p-quantile in seconds, as the exact computation does it (linear between the values at the closest
     * ranks of p × (count − 1)), with each value estimated by spreading its bucket's answers evenly across
     * the bucket: every estimated value, and so the result, is within one bucket (10 %) of the exact one.
     * Null without answers.
     */
    Double percentile(double p) {
        if (total == 0) {
            return null;
        }
        double rank = p * (total - 1);
        long lower = (long) Math.floor(rank);
        double low = valueAt(lower);
        double high = valueAt(Math.min(lower + 1, total - 1));
        return low + (rank - lower) * (high - low);
    }

    /** The estimated k-th smallest answer (0-based). */
    private double valueAt(long k) {
        long below = 0;
        for (var e : counts.entrySet()) {
            long n = e.getValue();
            if (k < below + n) {
                double position = (k - below + 0.5) / n;
                return lower(e.getKey()) + position * (upper(e.getKey()) - lower(e.getKey()));
            }
            below += n;
        }
        return upper(counts.lastKey());
    }
}
