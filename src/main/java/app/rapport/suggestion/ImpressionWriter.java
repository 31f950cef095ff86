package app.rapport.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * Writes impressions behind the request: views wait in a bounded queue and a background thread writes them
 * every {@code flush-interval} (or as soon as {@code batch-rows} are waiting), summed per (member, candidate,
 * UTC day, simulated), in one {@code UNWIND … MERGE} transaction per batch. A request never waits: when the
 * queue is full the view is dropped and counted ({@code rapport_impressions_dropped_total}). A graceful
 * shutdown writes what is queued; a {@code kill -9} loses at most what was queued (one flush interval).
 */
@Component
class ImpressionWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImpressionWriter.class);

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

    private final BlockingQueue<View> queue;
    private final Neo4jClient neo4j;
    private final TransactionTemplate tx;
    private final ImpressionSettings settings;
    private final ApplicationEventPublisher events;
    private final ScheduledExecutorService writer;
    private final AtomicBoolean early = new AtomicBoolean();
    private final Counter dropped;
    private final Counter written;
    private final Counter failed;

    ImpressionWriter(Neo4jClient neo4j, PlatformTransactionManager transactions, ImpressionSettings settings,
            MeterRegistry meters, ApplicationEventPublisher events) {
        this.neo4j = neo4j;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.settings = settings;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.dropped = Counter.builder("rapport.impressions.dropped").description("Impressions dropped because the write-behind queue was full").register(meters);
        this.written = Counter.builder("rapport.impressions.written").description("Impressions written (views, before aggregation)").register(meters);
        this.failed = Counter.builder("rapport.impressions.failed").description("Impressions lost to a failed write").register(meters);
        Gauge.builder("rapport.impressions.queued", queue, BlockingQueue::size).description("Impressions waiting to be written").register(meters);
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "impression-writer");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, settings.flushInterval().toMillis());
        writer.scheduleWithFixedDelay(this::flushQuietly, period, period, TimeUnit.MILLISECONDS);
    }

    /** Queues the views; never blocks. Returns how many were dropped (queue full). */
    int offer(List<View> views) {
        int lost = 0;
        for (View v : views) {
            if (!queue.offer(v)) {
                lost++;
            }
        }
        if (lost > 0) {
            dropped.increment(lost);
        }
        if (queue.size() >= settings.batchRows() && early.compareAndSet(false, true)) {
            writer.execute(this::flushQuietly);
        }
        return lost;
    }

    /** Writes everything queued now, batch by batch; one flush at a time, so a caller's returns after any in flight. */
    synchronized void flush() {
        early.set(false);
        List<View> batch = new ArrayList<>(settings.batchRows());
        while (queue.drainTo(batch, settings.batchRows()) > 0) {
            List<Map<String, Object>> rows = aggregate(batch);
            try {
                tx.executeWithoutResult(status -> {
                    neo4j.query(Cypher.query("suggestion-impressions")).bind(rows).to("rows").run();
                    // In this transaction: the daily impression rollups move with the records or not at all.
                    events.publishEvent(new ImpressionsWritten(rows.stream().map(r -> new ImpressionsWritten.Row(
                            (String) r.get("member"), (String) r.get("candidate"), (LocalDate) r.get("day"), (Long) r.get("shown"))).toList()));
                });
                written.increment(batch.size());
            } catch (RuntimeException e) {
                failed.increment(batch.size());
                throw e;
            } finally {
                batch.clear();
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            // Impressions are analytics, not acknowledged state: count the loss, keep serving.
            log.warn("Impression write failed: {}", e.toString());
        }
    }

    /** One row per (member, candidate, day, simulated), summing its views in this batch. */
    static List<Map<String, Object>> aggregate(List<View> views) {
        Map<List<Object>, Map<String, Object>> rows = new LinkedHashMap<>();
        for (View v : views) {
            LocalDate day = LocalDate.ofInstant(v.at(), ZoneOffset.UTC);
            ZonedDateTime at = v.at().atZone(ZoneOffset.UTC);
            Map<String, Object> row = rows.get(List.of(v.member(), v.candidate(), day, v.simulated()));
            if (row == null) {
                row = new HashMap<>();
                row.put("member", v.member());
                row.put("candidate", v.candidate());
                row.put("day", day);
                row.put("simulated", v.simulated());
                row.put("shown", 0L);
                row.put("firstShown", at);
                row.put("bestRank", (long) v.rank());
                rows.put(List.of(v.member(), v.candidate(), day, v.simulated()), row);
            }
            row.put("shown", (Long) row.get("shown") + 1);
            row.put("bestRank", Math.min((Long) row.get("bestRank"), v.rank()));
            if (row.get("lastShown") == null || !at.isBefore((ZonedDateTime) row.get("lastShown"))) {
                row.put("lastShown", at);
                row.put("lastRank", (long) v.rank());
                row.put("lastScore", v.score());
                row.put("reasons", v.reasons().stream().map(ReasonCode::name).toList());
                // A member's arm is fixed for an experiment; a day mixing views inside and outside one (it started
                // or ended that day) keeps the arm of its last view.
                row.put("experiment", v.experiment());
                row.put("arm", v.arm());
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** Graceful shutdown: stop the timer, then write what is still queued while Neo4j is still up. */
    @Override
    public void destroy() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(30, TimeUnit.SECONDS);
        int left = queue.size();
        flushQuietly();
        log.info("Impression writer stopped; wrote the {} impressions still queued", left);
    }
}
