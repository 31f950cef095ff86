package app.rapport.note;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latencies of one measured operation: p50, p99, max and throughput. */
final class Latencies {

    private final long[] nanos;
    private int size;

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[size++] = elapsedNanos;
    }

    Map<String, Object> summary() {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        long total = Arrays.stream(sorted).sum();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", size);
        out.put("p50_ms", ms(percentile(sorted, 0.50)));
        out.put("p99_ms", ms(percentile(sorted, 0.99)));
        out.put("max_ms", ms(size == 0 ? 0 : sorted[size - 1]));
        out.put("qps", total == 0 ? 0 : Math.round(size / (total / 1e9) * 10) / 10.0);
        return out;
    }

    /** Nearest-rank percentile. */
    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
