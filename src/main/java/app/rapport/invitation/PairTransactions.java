package app.rapport.invitation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.rapport.config.ChangeLog;
import app.rapport.config.Backoff;
import app.rapport.config.Cypher;
import app.rapport.member.MemberNotFoundException;
import app.rapport.network.ConnectionCreated;
import app.rapport.network.ConnectionRemoved;

/**
 * Runs every write about a pair of members in one transaction that first takes write locks on both
 * members, in id order. Racing requests on one pair (A invites B while B invites A, accept against
 * withdraw, double accept) therefore run one after the other, each seeing what the previous committed,
 * so the check-then-write inside stays correct at the database level, on one server or a cluster
 * leader. The stable order keeps two pairs sharing a member from deadlocking; should Neo4j still report a
 * transient failure (deadlock, leader switch) the whole transaction is retried.
 */
@Component
class PairTransactions {

    private static final Logger log = LoggerFactory.getLogger(PairTransactions.class);
    /**
     * Whole-transaction attempts on a transient failure. Five at 10–60 ms apart were not always enough: a clean-clone
     * load test once answered an accept 500 after a deadlock between the change feed's counter (locked just before
     * commit) and a dense member's relationship group (locked at commit). The pauses now double up to
     * {@link #MAX_PAUSE_MS}, with jitter, so racing writers spread out: under 4 s of pauses in all.
     */
    private static final int ATTEMPTS = 10;
    private static final long MAX_PAUSE_MS = 640;

    private final TransactionTemplate tx;
    private final Neo4jClient neo4j;
    private final ApplicationEventPublisher events;
    private final ChangeLog changes;

    PairTransactions(PlatformTransactionManager transactions, Neo4jClient neo4j, ApplicationEventPublisher events,
            ChangeLog changes) {
        this.changes = changes;
        this.tx = new TransactionTemplate(transactions);
        this.neo4j = neo4j;
        this.events = events;
    }

    /** Locks {@code a} and {@code b} (404 if either is unknown), then runs {@code work} in the same transaction. */
    <T> T write(String a, String b, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> {
                    boolean aFirst = a.compareTo(b) <= 0;
                    lock(aFirst ? a : b);
                    lock(aFirst ? b : a);
                    return work.get();
                });
            } catch (TransientDataAccessException e) {
                if (attempt >= ATTEMPTS) {
                    log.warn("Pair {}/{} still failed after {} attempts: {}", a, b, ATTEMPTS, e.getMessage());
                    throw e;
                }
                log.debug("Transient failure on pair {}/{}, attempt {}: {}", a, b, attempt, e.getMessage());
                Backoff.pause(attempt, MAX_PAUSE_MS);
            }
        }
    }

    /**
     * Records {@code event} in the change feed within the current transaction, and publishes it once the
     * transaction commits (never for a rolled-back attempt),
     * so listeners, plain {@code @EventListener} or {@code @TransactionalEventListener}, see committed
     * data only.
     */
    void publishAfterCommit(Object event) {
        feed(event);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                events.publishEvent(event);
            }
        });
    }

    /** The same change for the other instances, in this transaction ({@link ChangeLog}). */
    private void feed(Object event) {
        if (event instanceof ConnectionCreated c) {
            changes.append("connection-created", Map.of("a", c.memberA(), "b", c.memberB(), "at", utc(c.at())));
        } else if (event instanceof ConnectionRemoved r) {
            changes.append("connection-removed", Map.of("a", r.memberA(), "b", r.memberB(), "at", utc(r.at())));
        } else if (event instanceof InvitationChanged i) {
            changes.append("invitation", Map.of("a", i.from(), "b", i.to(), "status", i.status().name(), "at", utc(i.at())));
        }
    }

    private static ZonedDateTime utc(Instant at) {
        return at.atZone(ZoneOffset.UTC);
    }

    private void lock(String id) {
        boolean found = neo4j.query(Cypher.query("invitation-lock-member")).bind(id).to("id")
                .fetch().one().isPresent();
        if (!found) {
            throw new MemberNotFoundException(id);
        }
    }
}
