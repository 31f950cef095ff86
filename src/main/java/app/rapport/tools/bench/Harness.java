package app.rapport.tools.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import app.rapport.importer.Progress;

/**
 * The one timing loop of every bench command: untimed warm-up calls, then timed calls on one or more
 * client threads. Per-call latency gives nearest-rank p50, p99 and max ({@link Percentiles}); throughput is
 * {@code qps} = timed calls / wall-clock seconds of the timed part, so it stays right with several threads.
 * Every call is handed one input of a list the command made (members, pairs, …).
 */
final class Harness {

    private final boolean bars;

    /** @param bars a console progress bar (stderr) per warm-up and timed run */
    Harness(boolean bars) {
        this.bars = bars;
    }

    /**
     * The figures of one timed run.
     *
     * @param seconds wall-clock seconds of the timed part
     */
    record Timing(double p50, double p99, double max, double qps, int threads, int calls, double seconds) {

        /** The figures under the key names of design.md §12 ({@code p50_ms}, {@code p99_ms}, {@code max_ms}, {@code qps}). */
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

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }

    /**
     * {@code calls} untimed calls on {@code threads} threads, taking the inputs in turn (the JIT, query plans
     * and caches warm up).
     */
    <T> void warmUp(String label, List<T> inputs, int calls, int threads, Consumer<T> call) {
        if (calls > 0 && !inputs.isEmpty()) {
            run(label + " warm-up", calls, threads, i -> call.accept(inputs.get(i % inputs.size())));
        }
    }

    /** One timed call per input, spread over {@code threads} client threads. */
    <T> Timing time(String label, List<T> inputs, int threads, Consumer<T> call) {
        int calls = inputs.size();
        long start = System.nanoTime();
        long[] nanos = run(label, calls, threads, i -> call.accept(inputs.get(i)));
        double wall = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        return new Timing(Percentiles.millis(nanos, 0.50), Percentiles.millis(nanos, 0.99), Percentiles.millis(nanos, 1.0),
                calls / wall, threads, calls, wall);
    }

    private long[] run(String label, int calls, int threads, IntConsumer call) {
        long[] nanos = new long[calls];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Progress bar = bars ? Progress.console(label, calls) : Progress.NONE) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                running.add(pool.submit(() -> {
                    for (int i = first; i < calls; i += threads) {
                        long s = System.nanoTime();
                        call.accept(i);
                        nanos[i] = System.nanoTime() - s;
                        bar.step(1);
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return nanos;
    }
}
