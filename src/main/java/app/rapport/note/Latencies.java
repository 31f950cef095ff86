package app.rapport.note;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import app.rapport.cli.Percentiles;

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
        out.put("p50_ms", round(Percentiles.millis(sorted, 0.50)));
        out.put("p99_ms", round(Percentiles.millis(sorted, 0.99)));
        out.put("max_ms", round(Percentiles.millis(sorted, 1.0)));
        out.put("qps", total == 0 ? 0 : Math.round(size / (total / 1e9) * 10) / 10.0);
        return out;
    }

    private static double round(double millis) {
        return Math.round(millis * 100) / 100.0;
    }
}
