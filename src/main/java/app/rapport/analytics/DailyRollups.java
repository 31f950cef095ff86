package app.rapport.analytics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import app.rapport.config.Cypher;
import app.rapport.invitation.InvitationChanged;
import app.rapport.invitation.InvitationStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Keeps the daily analytics rollups (InvitationRollup, AnswerRollup, SenderRollup, ExperimentInvitationRollup, and
 * the SenderMonthRollup of the days' months) equal to the invitations. When an invitation is sent or answered (its
 * {@link InvitationChanged}, published after the change commits) the day it was sent is marked; a background
 * thread rebuilds the marked days from their invitations, then their months' sender rollups from the months' day
 * lists, at most once per {@code rapport.analytics.rollup-interval} (1 s): changes that arrive meanwhile batch up,
 * so a busy day is rebuilt once a second however many invitations it gets, and no request waits for it.
 * <p>
 * Why rebuild a day rather than add to counters in the invitation's own transaction: every invitation of a day
 * would write the same counter nodes inside the busiest write transactions, holding their locks to commit; a
 * rebuilt day is right by construction (idempotent, nothing to drift). Why not on the request's thread (as
 * before): at 1,000,000 invitations a day and its month took 0.7 s to rebuild, under one lock shared by every
 * instance, for every invitation sent or answered.
 * <p>
 * What it costs: the figures lag the invitations by about one interval plus one rebuild; {@link #flush()} rebuilds
 * what is marked now (the simulator and the tests call it before they read). A graceful shutdown rebuilds what is
 * marked; a {@code kill -9} can leave the days marked in its last interval stale until a later change of the same
 * day or a {@link #rebuildAll()} (the invitations themselves are never affected). Writes that bypass the invitation
 * service (bulk tools, test fixtures) call {@link #rebuildAll()}; migrations V0005, V0006 and V0008 built the
 * rollups for the data that existed before.
 */
@Service
public class DailyRollups implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DailyRollups.class);

    private record Pair(String from, String to) {
    }

    private final Neo4jClient neo4j;
    private final TransactionTemplate transactions;
    private final ImpressionRollups impressions;
    private final ExperimentRollups experiments;
    private final AnalyticsSettings settings;
    private final Set<LocalDate> markedDays = ConcurrentHashMap.newKeySet();
    /** Answers: the days they change are those the pair's invitations were sent on (read by the rebuild). */
    private final Queue<Pair> markedPairs = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledThreadPoolExecutor worker;
    private final Timer rebuilds;
    private volatile long lastEnded = System.nanoTime();

    DailyRollups(Neo4jClient neo4j, PlatformTransactionManager transactions, ImpressionRollups impressions,
            ExperimentRollups experiments, AnalyticsSettings settings, MeterRegistry meters) {
        this.neo4j = neo4j;
        this.impressions = impressions;
        this.experiments = experiments;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactions);
        // Each rebuild commits on its own, whoever calls it (the worker, a flush from a test or simulate, shutdown).
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.rebuilds = Timer.builder("rapport.analytics.rollups.rebuild")
                .description("Background rebuilds of the daily rollups that invitation changes marked").register(meters);
        Gauge.builder("rapport.analytics.rollups.marked", this, r -> r.markedDays.size() + r.markedPairs.size())
                .description("Days and answered pairs waiting for the next rollup rebuild").register(meters);
        this.worker = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "analytics-rollups");
            t.setDaemon(true);
            return t;
        });
        // A shutdown does not wait for the next timed rebuild: destroy() rebuilds what is marked itself.
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @EventListener
    void invitationChanged(InvitationChanged change) {
        if (change.status() == InvitationStatus.PENDING) {
            markedDays.add(change.at().atZone(ZoneOffset.UTC).toLocalDate());
        } else {
            markedPairs.add(new Pair(change.from(), change.to()));
        }
        schedule();
    }

    /** One rebuild at a time, each at least an interval after the previous one ended. */
    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            runAfter(rest());
        }
    }

    /** What is left of the interval since the last rebuild ended (0 or less: none). */
    private long rest() {
        return Math.max(1, settings.rollupInterval().toNanos()) - (System.nanoTime() - lastEnded);
    }

    private void runAfter(long nanos) {
        try {
            worker.schedule(this::rebuildMarkedQuietly, Math.max(0, nanos), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            scheduled.set(false);   // shutting down: destroy() rebuilds what is marked
        }
    }

    private void rebuildMarkedQuietly() {
        // Scheduled while the previous rebuild was still running (its end unknown then): rest the interval from it.
        long rest = rest();
        if (rest > 0) {
            runAfter(rest);
            return;
        }
        // From here on a change schedules the next rebuild (an interval after this one ends).
        scheduled.set(false);
        try {
            flush();
        } catch (RuntimeException e) {
            // The days went back to the marked set: try them again an interval from now.
            log.warn("Rebuilding the analytics rollups of the marked days failed: {}", e.toString());
            schedule();
        }
    }

    /**
     * Rebuilds the rollups of every day marked so far, now, on the caller's thread; returns after a rebuild in
     * flight has ended too, so what the caller's committed invitations changed is in the rollups.
     */
    public synchronized void flush() {
        List<Pair> pairs = new ArrayList<>();
        for (Pair p; (p = markedPairs.poll()) != null; ) {
            pairs.add(p);
        }
        SortedSet<LocalDate> days = new TreeSet<>();
        for (Iterator<LocalDate> it = markedDays.iterator(); it.hasNext(); ) {
            days.add(it.next());
            it.remove();
        }
        if (pairs.isEmpty() && days.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        try {
            if (!pairs.isEmpty()) {
                List<Map<String, Object>> params = pairs.stream().map(p -> Map.<String, Object>of("from", p.from(), "to", p.to())).toList();
                neo4j.query(Cypher.query("analytics-rollup-pair-days")).bind(params).to("pairs")
                        .fetch().all().forEach(row -> days.add((LocalDate) row.get("day")));
            }
            for (LocalDate day : days) {
                rebuild(day, day.plusDays(1), false);
            }
            // Each month once, from its days just rebuilt.
            for (LocalDate month : days.stream().map(d -> d.withDayOfMonth(1)).distinct().toList()) {
                transactions.executeWithoutResult(status -> rebuildMonths(month, month.plusMonths(1)));
            }
        } catch (RuntimeException e) {
            // Nothing is lost: the days not rebuilt and every day's month are tried again.
            markedDays.addAll(days);
            markedPairs.addAll(pairs);
            throw e;
        } finally {
            lastEnded = System.nanoTime();
            rebuilds.record(lastEnded - start, TimeUnit.NANOSECONDS);
        }
    }

    /** Rebuilds the rollups of the UTC days in [from, to) (and of their months) from the invitations, in one write transaction. */
    public void rebuild(LocalDate from, LocalDate to) {
        rebuild(from, to, true);
    }

    private void rebuild(LocalDate from, LocalDate to, boolean months) {
        transactions.executeWithoutResult(status -> rebuildInTransaction(from, to, months));
    }

    /**
     * The day rollups of [from, to), and with {@code months} the monthly sender rollups of the months they touch
     * (added up from the days just rebuilt; a full rebuild does the months once at the end).
     */
    private void rebuildInTransaction(LocalDate from, LocalDate to, boolean months) {
        Map<String, Object> bounds = bounds(from, to);
        neo4j.query(Cypher.query("analytics-rollup-lock")).run();
        neo4j.query(Cypher.query("analytics-rollup-clear")).bindAll(bounds).run();
        neo4j.query(Cypher.query("analytics-rollup-invitations")).bindAll(bounds).run();
        neo4j.query(Cypher.query("analytics-rollup-answers")).bindAll(bounds).run();
        neo4j.query(Cypher.query("analytics-rollup-senders")).bindAll(bounds).run();
        neo4j.query(Cypher.query("analytics-rollup-experiments")).bindAll(bounds).run();
        if (months) {
            neo4j.query(Cypher.query("analytics-rollup-sender-months")).bindAll(bounds).run();
        }
    }

    private void rebuildMonths(LocalDate from, LocalDate to) {
        neo4j.query(Cypher.query("analytics-rollup-lock")).run();
        neo4j.query(Cypher.query("analytics-rollup-sender-months")).bindAll(bounds(from, to)).run();
    }

    private static Map<String, Object> bounds(LocalDate from, LocalDate to) {
        return Map.of("from", ZonedDateTime.of(from.atStartOfDay(), ZoneOffset.UTC), "to", ZonedDateTime.of(to.atStartOfDay(), ZoneOffset.UTC));
    }

    /**
     * Rebuilds every day's rollups, invitations' and impressions', after bulk writes that bypass the invitation
     * service and the impression writer: one transaction per day, so a million invitations never make one
     * transaction hold them all in memory.
     */
    public void rebuildAll() {
        Map<String, Object> sent = neo4j.query(Cypher.query("analytics-rollup-invitation-days")).fetch().one().orElseThrow();
        LocalDate first = LocalDate.of(1, 1, 1);
        LocalDate end = first;
        if (sent.get("first") != null) {
            first = utcDay(sent.get("first"));
            end = utcDay(sent.get("last")).plusDays(1);
            // Nothing was sent outside [first, end): drop any rollups there.
            rebuild(LocalDate.of(1, 1, 1), first);
            for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
                rebuild(day, day.plusDays(1), false);
            }
        }
        rebuild(end, LocalDate.of(9999, 12, 31));
        // Every month at once, from the days above (a month's rollup reads its days' sender lists, not invitations).
        LocalDate monthsFrom = first;
        LocalDate monthsTo = end;
        transactions.executeWithoutResult(status -> rebuildMonths(monthsFrom, monthsTo));
        impressions.rebuildAll();
        experiments.rebuildAll();
    }

    private static LocalDate utcDay(Object instant) {
        return ((ZonedDateTime) instant).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    /** Graceful shutdown: stop the timer, then rebuild what is still marked while Neo4j is still up. */
    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(30, TimeUnit.SECONDS);
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Rebuilding the analytics rollups at shutdown failed: {}", e.toString());
        }
    }
}
