package app.rapport.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.rapport.config.Cypher;
import app.rapport.invitation.ReasonCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Writes impressions behind the request. A served list's views are summed at once into one pending row per
 * (member, candidate, UTC day, simulated) — thirty views of a list between two writes are one row each — and a
 * background thread writes the pending rows every {@code flush-interval} (or as soon as {@code batch-rows} rows
 * are pending), {@code batch-rows} rows per {@code UNWIND … MERGE} transaction. A request never waits: with
 * {@code queue-capacity} rows pending, a view that would need a new row is dropped and counted
 * ({@code rapport_impressions_dropped_total}); a view of a pair already pending only adds to its row. The bound is
 * in rows because rows are the memory: under sustained load the same members' lists are viewed again and again, and
 * a bound in views filled in about a minute of wrk (14,700 views/s served, 7,600 written) while the rows stayed at
 * the working set of (member, candidate) pairs.
 * <p>
 * The writes yield to requests: after a write that took {@code t}, the next one waits at least {@link #YIELD}
 * {@code × t} (the work runs on a Neo4j worker thread, which no priority of this thread would reach). While
 * writing keeps up, that is the flush interval; when it cannot (thousands of views a second on 2 cores), the
 * interval stretches, more views of the same pair fall into one row, and the write costs at most about a fifth of
 * one core's time instead of stalling the database and the requests. A graceful shutdown writes what is pending;
 * a {@code kill -9} loses what is pending: at most one flush interval (stretched under overload, see above).
 */
@Component
class ImpressionWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImpressionWriter.class);

    /** The writer rests this many times as long as its last write took before the next (≤ 1 / (1 + YIELD) busy). */
    static final int YIELD = 4;

    /**
     * One suggestion in one served list; {@code experiment} and {@code arm} name the ranker experiment it was
     * served under (both null outside one).
     */
    record View(String member, String candidate, boolean simulated, Instant at, int rank, double score,
            List<ReasonCode> reasons, String experiment, String arm) {

        View(String member, String candidate, boolean simulated, Instant at, int rank, double score, List<ReasonCode> reasons) {
            this(member, candidate, simulated, at, rank, score, reasons, null, null);
        }
    }

    /** The identity of one stored record. */
    private record Key(String member, String candidate, LocalDate day, boolean simulated) {
    }

    private final Neo4jClient neo4j;
    private final TransactionTemplate tx;
    private final ImpressionSettings settings;
    private final ApplicationEventPublisher events;
    private final ScheduledThreadPoolExecutor writer;
    private final AtomicBoolean early = new AtomicBoolean();
    private final Counter dropped;
    private final Counter written;
    private final Counter failed;
    /** Views pending, summed into their rows (the bound, {@code queue-capacity}, is on the rows: {@link #pending}). */
    private final AtomicInteger queued = new AtomicInteger();
    private final Object lock = new Object();
    /** Guarded by {@link #lock}; swapped for an empty map by each write. */
    private Map<Key, PendingRow> pending = new LinkedHashMap<>();
    /** When the writer may start its next write (nanoTime), set after each write by {@link #YIELD}. */
    private volatile long restUntil = System.nanoTime();

    ImpressionWriter(Neo4jClient neo4j, PlatformTransactionManager transactions, ImpressionSettings settings,
            MeterRegistry meters, ApplicationEventPublisher events) {
        this.neo4j = neo4j;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.settings = settings;
        this.dropped = Counter.builder("rapport.impressions.dropped").description("Impressions dropped because the write-behind queue was full").register(meters);
        this.written = Counter.builder("rapport.impressions.written").description("Impressions written (views, before aggregation)").register(meters);
        this.failed = Counter.builder("rapport.impressions.failed").description("Impressions lost to a failed write").register(meters);
        Gauge.builder("rapport.impressions.queued", queued, AtomicInteger::get).description("Impressions waiting to be written").register(meters);
        this.writer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "impression-writer");
            t.setDaemon(true);
            return t;
        });
        // A shutdown does not wait for the next timed write: destroy() writes what is pending itself.
        writer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        writer.schedule(this::writeAndRest, period(), TimeUnit.MILLISECONDS);
    }

    private long period() {
        return Math.max(1, settings.flushInterval().toMillis());
    }

    /** Sums the views into their pending rows; never blocks on Neo4j. Returns how many were dropped (bound reached). */
    int offer(List<View> views) {
        int lost = 0;
        int rows;
        synchronized (lock) {
            for (View v : views) {
                Key key = new Key(v.member(), v.candidate(), LocalDate.ofInstant(v.at(), ZoneOffset.UTC), v.simulated());
                PendingRow row = pending.get(key);
                if (row != null) {
                    row.add(v);
                } else if (pending.size() < settings.queueCapacity()) {
                    pending.put(key, new PendingRow(v));
                } else {
                    lost++;
                    continue;
                }
                queued.incrementAndGet();
            }
            rows = pending.size();
        }
        if (lost > 0) {
            dropped.increment(lost);
        }
        if (rows >= settings.batchRows() && System.nanoTime() >= restUntil && early.compareAndSet(false, true)) {
            writer.execute(this::flushQuietly);
        }
        return lost;
    }

    /** Writes everything pending now; one write at a time, so a caller's returns after any in flight. */
    synchronized void flush() {
        early.set(false);
        Map<Key, PendingRow> rows;
        int views;
        synchronized (lock) {
            rows = pending;
            views = queued.getAndSet(0);
            pending = new LinkedHashMap<>();
        }
        if (rows.isEmpty()) {
            return;
        }
        List<Map.Entry<Key, PendingRow>> all = new ArrayList<>(rows.entrySet());
        for (int from = 0; from < all.size(); from += settings.batchRows()) {
            List<Map.Entry<Key, PendingRow>> batch = all.subList(from, Math.min(all.size(), from + settings.batchRows()));
            long batchViews = batch.stream().mapToLong(e -> e.getValue().shown).sum();
            try {
                List<Map<String, Object>> params = batch.stream().map(e -> e.getValue().toRow(e.getKey())).toList();
                tx.executeWithoutResult(status -> {
                    neo4j.query(Cypher.query("suggestion-impressions")).bind(params).to("rows").run();
                    // In this transaction: the daily impression rollups move with the records or not at all.
                    events.publishEvent(new ImpressionsWritten(batch.stream().map(e -> new ImpressionsWritten.Row(
                            e.getKey().member(), e.getKey().candidate(), e.getKey().day(), e.getValue().shown,
                            e.getValue().last.experiment(), e.getValue().last.arm())).toList()));
                });
                written.increment(batchViews);
                views -= (int) batchViews;
            } catch (RuntimeException e) {
                // Impressions are analytics, not acknowledged state: count the loss, keep what remains for later.
                failed.increment(batchViews);
                requeue(all.subList(from + batch.size(), all.size()), views - (int) batchViews);
                throw e;
            }
        }
    }

    /** Rows a failed write did not reach go back in front of what arrived meanwhile. */
    private void requeue(List<Map.Entry<Key, PendingRow>> rows, int views) {
        synchronized (lock) {
            Map<Key, PendingRow> merged = new LinkedHashMap<>();
            rows.forEach(e -> merged.put(e.getKey(), e.getValue()));
            pending.forEach((key, row) -> merged.merge(key, row, PendingRow::absorb));
            pending = merged;
            queued.addAndGet(views);
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Impression write failed: {}", e.toString());
        }
    }

    /** The writer's loop: write, then rest the flush interval or {@link #YIELD} times the write, whichever is longer. */
    private void writeAndRest() {
        long start = System.nanoTime();
        flushQuietly();
        long took = System.nanoTime() - start;
        restUntil = System.nanoTime() + YIELD * took;
        long next = Math.max(period(), TimeUnit.NANOSECONDS.toMillis(YIELD * took));
        try {
            writer.schedule(this::writeAndRest, next, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Shutting down: destroy() writes what is left.
        }
    }

    /** Graceful shutdown: stop the timer, then write what is still pending while Neo4j is still up. */
    @Override
    public void destroy() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(30, TimeUnit.SECONDS);
        int left = queued.get();
        flushQuietly();
        log.info("Impression writer stopped; wrote the {} impressions still queued", left);
    }

    /** The views of one key since the last write, summed as they arrive. */
    private static final class PendingRow {
        private long shown;
        private Instant firstShown;
        private View last;
        private int bestRank;

        PendingRow(View v) {
            firstShown = v.at();
            last = v;
            bestRank = v.rank();
            shown = 1;
        }

        void add(View v) {
            shown++;
            bestRank = Math.min(bestRank, v.rank());
            if (v.at().isBefore(firstShown)) {
                firstShown = v.at();
            }
            // A member's arm is fixed for an experiment; a day mixing views inside and outside one (it started or
            // ended that day) keeps the arm of its last view.
            if (!v.at().isBefore(last.at())) {
                last = v;
            }
        }

        PendingRow absorb(PendingRow later) {
            shown += later.shown;
            bestRank = Math.min(bestRank, later.bestRank);
            firstShown = later.firstShown.isBefore(firstShown) ? later.firstShown : firstShown;
            last = later.last.at().isBefore(last.at()) ? last : later.last;
            return this;
        }

        /** The statement's row: the key, what only grows or shrinks, and the last view's values in {@code last}. */
        Map<String, Object> toRow(Key key) {
            Map<String, Object> latest = new HashMap<>();
            latest.put("lastShown", last.at().atZone(ZoneOffset.UTC));
            latest.put("lastRank", (long) last.rank());
            latest.put("lastScore", last.score());
            latest.put("reasons", last.reasons().stream().map(ReasonCode::name).toList());
            latest.put("experiment", last.experiment());
            latest.put("arm", last.arm());
            Map<String, Object> row = new HashMap<>();
            row.put("member", key.member());
            row.put("candidate", key.candidate());
            row.put("day", key.day());
            row.put("simulated", key.simulated());
            row.put("shown", shown);
            row.put("firstShown", firstShown.atZone(ZoneOffset.UTC));
            row.put("bestRank", (long) bestRank);
            row.put("last", latest);
            return row;
        }
    }
}
