package app.rapport.suggestion.evaluation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import app.rapport.cli.Percentiles;
import app.rapport.importer.Progress;

/**
 * Times one operation over a list of members with 1 or more client threads: per-call latency
 * (p50, p99, max) and throughput (calls / wall-clock second).
 */
final class Latencies {

    /** The figures under the §12 key names. */
    record Stats(double p50, double p99, double max, double qps, int threads, int calls) {
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("p50_ms", round(p50));
            m.put("p99_ms", round(p99));
            m.put("max_ms", round(max));
            m.put("qps", round(qps));
            m.put("threads", threads);
            m.put("calls", calls);
            return m;
        }
    }

    private Latencies() {
    }

    static Stats measure(List<String> members, int threads, Consumer<String> call, Progress progress) {
        long[] nanos = new long[members.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                running.add(pool.submit(() -> {
                    for (int i = first; i < members.size(); i += threads) {
                        long s = System.nanoTime();
                        call.accept(members.get(i));
                        nanos[i] = System.nanoTime() - s;
                        progress.step(1);
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Stats(Percentiles.millis(sorted, 0.50), Percentiles.millis(sorted, 0.99), Percentiles.millis(sorted, 1.0),
                members.size() / wall, threads, members.size());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
