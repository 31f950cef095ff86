package app.rapport.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many threads racing on one pair through the same service the API uses: whatever the interleaving,
 * the pair ends with at most one connection and at most one pending invitation, and every invitation in
 * exactly one state with its answer timestamp iff answered. The pair locks make this hold; without them
 * these races produce duplicates.
 */
class InvitationConcurrencyTest extends InvitationTestBase {

    private static final int THREADS = 8;
    private static final int ROUNDS = 4;

    @Autowired
    Invitations invitations;

    private ExecutorService pool;

    @BeforeEach
    void startPool() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void invitationsBothWaysAtOnceEndInOneAcceptedInvitationAndOneConnection() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String a = "a" + round;
            String b = "b" + round;
            members(a, b);
            List<Outcome> outcomes = race(i -> i % 2 == 0 ? invitations.send(a, profile(b)) : invitations.send(b, profile(a)));

            assertPairConsistent(a, b);
            assertThat(invitationsBetween(a, b)).isEqualTo(1);
            // Whoever was first, the other side's invitation accepted it.
            assertThat(count(a, b, "ACCEPTED") + count(b, a, "ACCEPTED")).isEqualTo(1);
            assertThat(connections(a, b)).isEqualTo(1);
            assertThat(successes(outcomes)).isEqualTo(2);
            assertOnlyRefusals(outcomes, InvitationException.Reason.ALREADY_PENDING, InvitationException.Reason.ALREADY_CONNECTED);
        }
    }

    @Test
    void twoSendersOfTheSameInvitationLeaveOnePending() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String a = "a" + round;
            String b = "b" + round;
            members(a, b);
            List<Outcome> outcomes = race(i -> invitations.send(a, profile(b)));

            assertPairConsistent(a, b);
            assertThat(invitationsBetween(a, b)).isEqualTo(1);
            assertThat(count(a, b, "PENDING")).isEqualTo(1);
            assertThat(successes(outcomes)).isEqualTo(1);
            assertOnlyRefusals(outcomes, InvitationException.Reason.ALREADY_PENDING);
        }
    }

    @Test
    void doubleAcceptConnectsOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String a = "a" + round;
            String b = "b" + round;
            members(a, b);
            String id = invitations.send(a, profile(b)).id();
            List<Outcome> outcomes = race(i -> invitations.accept(b, id));

            assertPairConsistent(a, b);
            assertThat(statusOf(id)).isEqualTo("ACCEPTED");
            assertThat(connections(a, b)).isEqualTo(1);
            assertThat(successes(outcomes)).isEqualTo(1);
            assertOnlyRefusals(outcomes, InvitationException.Reason.ALREADY_ANSWERED);
        }
    }

    @Test
    void acceptAgainstWithdrawHasOneWinner() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String a = "a" + round;
            String b = "b" + round;
            members(a, b);
            String id = invitations.send(a, profile(b)).id();
            List<Outcome> outcomes = race(i -> i % 2 == 0 ? invitations.accept(b, id) : invitations.withdraw(a, id));

            assertPairConsistent(a, b);
            assertThat(successes(outcomes)).isEqualTo(1);
            assertOnlyRefusals(outcomes, InvitationException.Reason.ALREADY_ANSWERED);
            String status = statusOf(id);
            assertThat(status).isIn("ACCEPTED", "WITHDRAWN");
            assertThat(connections(a, b)).isEqualTo(status.equals("ACCEPTED") ? 1 : 0);
        }
    }

    @Test
    void everyOperationAtOnceKeepsThePairConsistent() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String a = "a" + round;
            String b = "b" + round;
            members(a, b);
            String first = invitations.send(a, profile(b)).id();
            race(i -> switch (i % 4) {
                case 0 -> invitations.send(b, profile(a));
                case 1 -> invitations.withdraw(a, first);
                case 2 -> invitations.ignore(b, first);
                default -> invitations.send(a, profile(b));
            });
            assertPairConsistent(a, b);
            assertThat(statusOf(first)).isIn("ACCEPTED", "WITHDRAWN", "IGNORED");
        }
    }

    private List<Outcome> race(Action action) throws Exception {
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            int index = i;
            Callable<Outcome> task = () -> {
                ready.countDown();
                go.await();
                try {
                    action.run(index);
                    return new Outcome(null);
                } catch (InvitationException e) {
                    return new Outcome(e.reason());
                }
            };
            futures.add(pool.submit(task));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            // Anything but a refusal (a deadlock that outlived the retries, a constraint error) fails the test here.
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    /** At most one connection and one pending invitation; final states carry their answer time. */
    private void assertPairConsistent(String a, String b) {
        assertThat(connections(a, b)).isLessThanOrEqualTo(1);
        assertThat(count(a, b, "PENDING") + count(b, a, "PENDING")).isLessThanOrEqualTo(1);
        assertThat(count("""
                MATCH (:Member {id: $a})-[:SENT]-(i:Invitation)-[:TO]-(:Member {id: $b})
                WHERE NOT i.status IN ['PENDING', 'ACCEPTED', 'IGNORED', 'WITHDRAWN']
                   OR (i.status = 'PENDING') <> (i.answeredAt IS NULL)
                RETURN count(i)""", Map.of("a", a, "b", b))).isZero();
        if (connections(a, b) == 1) {
            assertThat(count(a, b, "ACCEPTED") + count(b, a, "ACCEPTED")).isEqualTo(1);
        }
    }

    private long count(String from, String to, String status) {
        return count("MATCH (:Member {id: $a})-[:SENT]->(i:Invitation {status: $s})-[:TO]->(:Member {id: $b}) RETURN count(i)",
                Map.of("a", from, "b", to, "s", status));
    }

    private long invitationsBetween(String a, String b) {
        return count("MATCH (:Member {id: $a})-[:SENT|TO]-(i:Invitation)-[:SENT|TO]-(:Member {id: $b}) RETURN count(DISTINCT i)",
                Map.of("a", a, "b", b));
    }

    private static long successes(List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.refusal() == null).count();
    }

    private static void assertOnlyRefusals(List<Outcome> outcomes, InvitationException.Reason... allowed) {
        assertThat(outcomes.stream().map(Outcome::refusal).filter(r -> r != null).toList()).isSubsetOf(allowed);
    }

    private static SendInvitation profile(String to) {
        return new SendInvitation(to, null, InvitationSource.PROFILE, null);
    }

    @FunctionalInterface
    private interface Action {
        InvitationView run(int threadIndex);
    }

    private record Outcome(InvitationException.Reason refusal) {
    }
}
