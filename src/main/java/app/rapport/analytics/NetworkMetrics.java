package app.rapport.analytics;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import app.rapport.config.Cypher;

/**
 * Network reports computed in the background and served from memory. A report reads every connection and
 * runs Leiden, PageRank and clustering over them (seconds on millions of connections), so a request never
 * computes one: it gets the last report with its age, or "computing" the first time a window is asked for.
 * One background thread recomputes each kept window when it is older than {@code rapport.analytics.network-refresh}
 * or when the number of members or connections has moved by {@code network-refresh-change} (a share) since.
 */
@Service
public class NetworkMetrics implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NetworkMetrics.class);

    private static final class Slot {
        final AnalyticsWindow window;
        final String unit;
        final AtomicBoolean queued = new AtomicBoolean();
        volatile NetworkReport report;
        volatile long[] totalsAtCompute;
        volatile long lastAskedNanos = System.nanoTime();

        Slot(AnalyticsWindow window, String unit) {
            this.window = window;
            this.unit = unit;
        }
    }

    private final NetworkAnalytics analytics;
    private final Neo4jClient neo4j;
    private final AnalyticsSettings settings;
    private final Environment environment;
    private final Clock clock;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    /** One computation at a time: each holds a copy of the whole graph. */
    private final ExecutorService worker;
    private final ScheduledExecutorService checker;

    NetworkMetrics(NetworkAnalytics analytics, Neo4jClient neo4j, AnalyticsSettings settings, Environment environment,
            Clock clock) {
        this.analytics = analytics;
        this.neo4j = neo4j;
        this.settings = settings;
        this.environment = environment;
        this.clock = clock;
        this.worker = Executors.newSingleThreadExecutor(r -> daemon(r, "network-metrics"));
        this.checker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "network-metrics-check"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        // Requests come first: the metrics use what the machine has left.
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    }

    /** In the service (not in a command): compute the dashboard's default window now and keep all fresh. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (environment.getProperty("rapport.command") != null) {
            return;
        }
        current(AnalyticsWindow.ALL_TIME, "week");
        long every = Math.max(1, settings.networkCheckInterval().toMillis());
        checker.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * The last report for the window with its age, or empty while the first one is being computed (its
     * computation is started here, in the background). Never computes on the caller's thread.
     */
    public Optional<NetworkReport> current(AnalyticsWindow window, String interval) {
        String unit = GrowthSeries.unit(interval);
        Slot slot = slots.computeIfAbsent(window + "|" + unit, k -> new Slot(window, unit));
        slot.lastAskedNanos = System.nanoTime();
        evictBeyondSize();
        NetworkReport report = slot.report;
        if (report == null) {
            enqueue(slot);
            return Optional.empty();
        }
        return Optional.of(report.withAge(clock.instant()));
    }

    /** Forgets every report (tests that rebuild the graph; an import can call it too). */
    public void clear() {
        slots.clear();
    }

    /** Recomputes every kept window that is too old or whose graph changed a lot (the periodic check). */
    void refresh() {
        long[] totals = totals();
        Duration maxAge = settings.networkRefresh();
        slots.values().forEach(slot -> {
            NetworkReport report = slot.report;
            if (report != null && (Duration.between(report.computedAt(), clock.instant()).compareTo(maxAge) >= 0
                    || changedALot(slot.totalsAtCompute, totals))) {
                enqueue(slot);
            }
        });
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The last reports keep being served with their age; the next check tries again.
            log.warn("Network metrics check failed: {}", e.toString());
        }
    }

    private boolean changedALot(long[] before, long[] now) {
        if (before == null) {
            return false;
        }
        double share = settings.networkRefreshChange();
        for (int i = 0; i < now.length; i++) {
            if (Math.abs(now[i] - before[i]) >= Math.max(1, share * before[i])) {
                return true;
            }
        }
        return false;
    }

    private void enqueue(Slot slot) {
        if (slot.queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                try {
                    long[] totals = totals();
                    slot.report = analytics.compute(slot.window, slot.unit);
                    slot.totalsAtCompute = totals;
                } catch (RuntimeException e) {
                    log.warn("Network metrics for {} failed: {}", slot.window, e.toString());
                } finally {
                    slot.queued.set(false);
                }
            });
        }
    }

    /** Members and connections in the whole store: both counts come from Neo4j's count store, no scan. */
    private long[] totals() {
        Map<String, Object> row = neo4j.query(Cypher.query("analytics-network-totals")).fetch().one().orElseThrow();
        return new long[] {((Number) row.get("members")).longValue(), ((Number) row.get("connections")).longValue()};
    }

    private void evictBeyondSize() {
        int excess = slots.size() - settings.networkCacheSize();
        if (excess > 0) {
            slots.entrySet().stream().sorted(Comparator.comparingLong(e -> e.getValue().lastAskedNanos)).limit(excess)
                    .toList().forEach(e -> slots.remove(e.getKey(), e.getValue()));
        }
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
        worker.shutdownNow();
    }
}
