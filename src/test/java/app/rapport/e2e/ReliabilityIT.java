package app.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import app.rapport.config.RapportProperties;
import app.rapport.security.LocalSigningKey;
import app.rapport.security.TokenIssuer;

/**
 * The packaged service under the mixed member workload from many concurrent clients over loopback HTTP:
 * no 5xx, the authorisation rules hold under load, and the graph invariants hold afterwards. Then the
 * same workload with the service killed (-9) in the middle: after a restart every acknowledged write is
 * there and nothing is duplicated. Duration: {@code -Drapport.load.seconds} (CI runs 40 s), longer when a busy
 * machine has not yet produced what the test must observe. Both tests wait for what they observe (acknowledged
 * invitations and acceptances), never a fixed time, with generous bounds, so they hold on a loaded 2-core machine.
 */
class ReliabilityIT {

    private static final int SECONDS = Integer.getInteger("rapport.load.seconds", 40);
    private static final int CLIENTS = Integer.getInteger("rapport.load.clients", 8);
    /** An existing store to load instead of a fresh demo one (e.g. a copy of a generated 5M-connection graph). */
    private static final String DATA_DIR = System.getProperty("rapport.load.data-dir");
    /** How long past its duration the load may run until it has an acknowledged invitation and acceptance. */
    private static final Duration OBSERVE_BOUND = Duration.ofMinutes(10);
    /** Acknowledged invitations the storm must have produced before the kill. */
    private static final int STORM_WRITES = 30;

    @TempDir
    Path tmp;

    @Test
    void mixedWorkloadUnderLoadHasNo5xxAndKeepsTheInvariants() throws Exception {
        Path data = DATA_DIR != null ? Path.of(DATA_DIR) : tmp.resolve("load");
        int bolt = RunningService.freePort();
        String[] demo = DATA_DIR != null ? new String[0] : new String[] {"--rapport.demo=true"};
        try (RunningService service = RunningService.start(data, RunningService.freePort(), bolt, demo)) {
            long starting = System.nanoTime();
            assertThat(service.awaitHealthy()).as(service.output()).isTrue();
            System.out.printf("load: service (pid %d, log %s) healthy %.0f s after its start%n", service.pid(), service.log,
                    (System.nanoTime() - starting) / 1e9);
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, RunningService.boltAuth(data))) {
                MemberWorkload load = new MemberWorkload("http://127.0.0.1:" + service.httpPort, tokens(data), members(driver));
                long started = System.nanoTime();
                run(load, Duration.ofSeconds(SECONDS));
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("load: %d clients, %.0f s, %,d requests, %.1f req/s, p50 %.1f ms, p99 %.1f ms, statuses %s;"
                        + " suggestions: %,d, p50 %.1f ms, p99 %.1f ms; %,d invitations and %,d acceptances acknowledged;"
                        + " at most %d bookmarks in an answer; service %s%n",
                        CLIENTS, seconds, load.requests(), load.requests() / seconds, load.percentileMillis(0.50),
                        load.percentileMillis(0.99), load.statuses, load.suggestionNanos.size(),
                        MemberWorkload.percentileMillis(load.suggestionNanos, 0.50),
                        MemberWorkload.percentileMillis(load.suggestionNanos, 0.99), load.acknowledgedInvitations.size(),
                        load.acknowledgedAccepts.size(), load.mostBookmarksInAnAnswer.get(), service.memory());
                System.out.println("load by call (count: p50 / p99 / max): " + load.latenciesByKind());
                load.badRequests.forEach(b -> System.out.println("400: " + b));
                assertThat(load.serverErrors).as("5xx answers").isEmpty();
                assertThat(load.authzViolations).as("authorisation under load").isEmpty();
                assertThat(load.statuses).doesNotContainKey(401);
                assertThat(load.transportErrors.get()).isZero();
                assertThat(load.bookmarkRefusals).as("bookmarks the service handed out, sent back").isEmpty();
                assertThat(load.acknowledgedInvitations).as("the workload must really send invitations").isNotEmpty();
                assertThat(load.acknowledgedAccepts).as("and accept some").isNotEmpty();
                assertInvariants(driver);
            }
            service.stop();
        }
    }

    @Test
    void killedDuringAnInvitationStormLosesNothingAcknowledged() throws Exception {
        Path data = tmp.resolve("storm");
        int bolt = RunningService.freePort();
        MemberWorkload storm;
        try (RunningService service = RunningService.start(data, RunningService.freePort(), bolt, "--rapport.demo=true")) {
            assertThat(service.awaitHealthy()).as(service.output()).isTrue();
            List<String> members;
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, RunningService.boltAuth(data))) {
                members = members(driver);
            }
            storm = new MemberWorkload("http://127.0.0.1:" + service.httpPort, tokens(data), members);
            MemberWorkload workload = storm;
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            long started = System.nanoTime();
            long safetyNet = started + OBSERVE_BOUND.multipliedBy(2).toNanos();
            for (int i = 0; i < CLIENTS; i++) {
                long seed = 1000 + i;
                clients.submit(() -> workload.client(seed, safetyNet));
            }
            // Kill in the middle of the storm, as soon as it has acknowledged enough writes to check afterwards.
            try {
                await("the storm's first " + STORM_WRITES + " acknowledged invitations").atMost(OBSERVE_BOUND)
                        .pollInterval(Duration.ofMillis(100))
                        .until(() -> workload.acknowledgedInvitations.size() >= STORM_WRITES);
                service.kill();
            } finally {
                workload.stop();
                clients.shutdown();
            }
            System.out.printf("storm: killed after %.0f s with %,d invitations and %,d acceptances acknowledged, %,d requests%n",
                    (System.nanoTime() - started) / 1e9, storm.acknowledgedInvitations.size(), storm.acknowledgedAccepts.size(),
                    storm.requests());
            assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(storm.acknowledgedInvitations).as("writes acknowledged before the kill").isNotEmpty();
        try (RunningService again = RunningService.start(data, RunningService.freePort(), bolt)) {
            assertThat(again.awaitHealthy()).as(again.output()).isTrue();
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, RunningService.boltAuth(data))) {
                List<String> sent = new ArrayList<>(storm.acknowledgedInvitations);
                assertThat(value(driver, "UNWIND $ids AS id MATCH (i:Invitation {id: id}) RETURN count(i)", Map.of("ids", sent)))
                        .isEqualTo(sent.size());
                List<String> accepted = new ArrayList<>(storm.acknowledgedAccepts);
                assertThat(value(driver, """
                        UNWIND $ids AS id
                        MATCH (a:Member)-[:SENT]->(i:Invitation {id: id, status: 'ACCEPTED'})-[:TO]->(b:Member)
                        WHERE (a)-[:CONNECTED_TO]-(b)
                        RETURN count(i)""", Map.of("ids", accepted))).isEqualTo(accepted.size());
                assertInvariants(driver);
            }
            again.stop();
        }
    }

    /**
     * Runs the workload for {@code duration}, then on until it has at least one acknowledged invitation and one
     * acknowledged acceptance (a slow machine gets there later, not never), at most {@link #OBSERVE_BOUND} longer.
     */
    private static void run(MemberWorkload load, Duration duration) throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long safetyNet = System.nanoTime() + duration.plus(OBSERVE_BOUND).multipliedBy(2).toNanos();
        for (int i = 0; i < CLIENTS; i++) {
            long seed = i;
            clients.submit(() -> load.client(seed, safetyNet));
        }
        try {
            await("an acknowledged invitation and acceptance").pollDelay(duration).pollInterval(Duration.ofMillis(500))
                    .atMost(duration.plus(OBSERVE_BOUND))
                    .until(() -> !load.acknowledgedInvitations.isEmpty() && !load.acknowledgedAccepts.isEmpty());
        } finally {
            load.stop();
            clients.shutdown();
        }
        assertThat(clients.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
    }

    /** One connection per pair, at most one pending invitation per pair, none between connected members, every invitation in one state. */
    static void assertInvariants(Driver driver) {
        assertThat(value(driver, "MATCH (a:Member)-[r:CONNECTED_TO]-(b:Member) WITH a, b, count(r) AS n WHERE n > 1 RETURN count(*)", Map.of()))
                .as("pairs with two connections").isZero();
        assertThat(value(driver, """
                MATCH (a:Member)-[:SENT]->(i:Invitation {status: 'PENDING'})-[:TO]->(b:Member)
                WITH CASE WHEN a.id < b.id THEN a.id + '|' + b.id ELSE b.id + '|' + a.id END AS pair, count(i) AS n
                WHERE n > 1 RETURN count(*)""", Map.of())).as("pairs with two pending invitations").isZero();
        assertThat(value(driver, """
                MATCH (a:Member)-[:SENT]->(i:Invitation {status: 'PENDING'})-[:TO]->(b:Member)
                WHERE (a)-[:CONNECTED_TO]-(b) RETURN count(i)""", Map.of())).as("pending between connected members").isZero();
        assertThat(value(driver, """
                MATCH (i:Invitation)
                WHERE NOT i.status IN ['PENDING', 'ACCEPTED', 'IGNORED', 'WITHDRAWN']
                   OR COUNT { (i)<-[:SENT]-(:Member) } <> 1 OR COUNT { (i)-[:TO]->(:Member) } <> 1
                   OR (i.status = 'PENDING') <> (i.answeredAt IS NULL)
                RETURN count(i)""", Map.of())).as("invitations not in exactly one well-formed state").isZero();
        assertThat(value(driver, "MATCH (m:Member)-[r:CONNECTED_TO]-(m) RETURN count(r)", Map.of())).isZero();
    }

    private static TokenIssuer tokens(Path data) {
        return new TokenIssuer(new LocalSigningKey(new RapportProperties(data, 0, false, 300)));
    }

    private static List<String> members(Driver driver) {
        return driver.executableQuery("MATCH (m:Member) RETURN m.id AS id ORDER BY m.id LIMIT 300").execute()
                .records().stream().map(r -> r.get("id").asString()).toList();
    }

    private static long value(Driver driver, String cypher, Map<String, Object> params) {
        return driver.executableQuery(cypher).withParameters(params).execute().records().get(0).get(0).asLong();
    }
}
