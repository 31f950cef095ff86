package app.rapport.analytics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import app.rapport.config.Cypher;
import app.rapport.invitation.InvitationChanged;
import app.rapport.invitation.InvitationStatus;

/**
 * Keeps the daily analytics rollups (InvitationRollup, AnswerRollup, SenderRollup, ExperimentInvitationRollup, and
 * the SenderMonthRollup of the day's month) equal to the invitations: when an invitation is sent or answered (its
 * {@link InvitationChanged}, published after the change commits, on the request's thread) the day it was sent is
 * rebuilt from that day's invitations, and its month's sender rollup from the month's day lists, before the
 * response leaves.
 * <p>
 * Why rebuild a day rather than add to counters in the invitation's own transaction: every invitation of a
 * day would write the same counter nodes inside the busiest write transactions, holding their locks to
 * commit; a rebuilt day is right by construction (idempotent, nothing to drift, a failed rebuild is put
 * right by the day's next change). A day holds a few thousand invitations at most, read through the sentAt
 * index. Why not a background job: the figures would lag, and "this request changed nothing else" would
 * stop being observable. Writes that bypass the invitation service (bulk tools, test fixtures) call
 * {@link #rebuildAll()}; migrations V0005, V0006 and V0008 built the rollups for the data that existed before.
 */
@Service
public class DailyRollups {

    private static final Logger log = LoggerFactory.getLogger(DailyRollups.class);

    private final Neo4jClient neo4j;
    private final TransactionTemplate transactions;
    private final ImpressionRollups impressions;
    private final ExperimentRollups experiments;

    DailyRollups(Neo4jClient neo4j, PlatformTransactionManager transactions, ImpressionRollups impressions,
            ExperimentRollups experiments) {
        this.neo4j = neo4j;
        this.impressions = impressions;
        this.experiments = experiments;
        this.transactions = new TransactionTemplate(transactions);
        // The listener runs in the committed transaction's afterCommit: joining it would fail.
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void invitationChanged(InvitationChanged change) {
        try {
            transactions.executeWithoutResult(status -> {
                Set<LocalDate> days = new TreeSet<>();
                if (change.status() == InvitationStatus.PENDING) {
                    days.add(change.at().atZone(ZoneOffset.UTC).toLocalDate());
                } else {
                    // An answer changes the rollups of the day its invitation was sent: the pair's invitations say which.
                    neo4j.query(Cypher.query("analytics-rollup-pair-days")).bindAll(Map.of("from", change.from(), "to", change.to()))
                            .fetch().all().forEach(row -> days.add((LocalDate) row.get("day")));
                }
                days.forEach(day -> rebuildInTransaction(day, day.plusDays(1), true));
            });
        } catch (RuntimeException e) {
            // The invitation is committed and stays so; the day's next change (or a full rebuild) puts its rollups right.
            log.warn("Rebuilding the analytics rollups after {} -> {} ({}) failed: {}", change.from(), change.to(),
                    change.status(), e.toString());
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
        Map<String, Object> bounds = Map.of("from", ZonedDateTime.of(from.atStartOfDay(), ZoneOffset.UTC),
                "to", ZonedDateTime.of(to.atStartOfDay(), ZoneOffset.UTC));
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
        Map<String, Object> span = Map.of("from", ZonedDateTime.of(first.atStartOfDay(), ZoneOffset.UTC),
                "to", ZonedDateTime.of(end.atStartOfDay(), ZoneOffset.UTC));
        transactions.executeWithoutResult(status -> neo4j.query(Cypher.query("analytics-rollup-sender-months")).bindAll(span).run());
        impressions.rebuildAll();
        experiments.rebuildAll();
    }

    private static LocalDate utcDay(Object instant) {
        return ((ZonedDateTime) instant).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }
}
