package app.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * kill -9 in the middle of a bulk import: the store recovers on the next start, nothing is duplicated,
 * and running the same import again completes it. The kill waits for the import's first committed batch, seen
 * through its own Bolt port, not for a fixed time.
 */
class CrashRecoveryIT {

    /**
     * The first import's Bolt password, set on the command line so the test can watch it from the first moment; the
     * rerun and the service then use the one generated into the data dir (the store's password follows the start).
     */
    private static final String PASSWORD = "crash-recovery-" + java.util.UUID.randomUUID();

    @TempDir
    Path tmp;

    @Test
    void importKilledMidwayRecoversAndCompletesOnRerun() throws Exception {
        Path edges = tmp.resolve("edges.csv");
        Set<String> pairs = new HashSet<>();
        Set<String> members = new HashSet<>();
        Random random = new Random(7);
        try (BufferedWriter out = Files.newBufferedWriter(edges)) {
            out.write("source,target\n");
            while (pairs.size() < 150_000) {
                int a = random.nextInt(30_000);
                int b = random.nextInt(30_000);
                if (a != b && pairs.add(Math.min(a, b) + "-" + Math.max(a, b))) {
                    out.write("m" + a + ",m" + b + "\n");
                    members.add("m" + a);
                    members.add("m" + b);
                }
            }
        }
        Path data = tmp.resolve("data");
        Path log = tmp.resolve("import.log");
        int bolt = RunningService.freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", RunningService.JAR.toString(), "import", "edges", edges.toString(),
                "--rapport.data-dir=" + data, "--rapport.bolt-port=" + bolt, "--rapport.bolt-password=" + PASSWORD, "--rapport.import.batch-size=2000"));
        Process first = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // Kill once the import has committed some connections (so it is really midway), however slow the machine.
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.basic("neo4j", PASSWORD))) {
            await("the first committed batch of connections").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                    .failFast("the import ended before it was killed", () -> !first.isAlive())
                    .ignoreExceptions()   // the store and its Bolt port are still starting
                    .until(() -> value(driver, "MATCH ()-[c:CONNECTED_TO]->() RETURN count(c)") > 0);
        }
        assertThat(first.isAlive()).as("the import must still be running when it is killed: " + Files.readString(log)).isTrue();
        first.destroyForcibly(); // SIGKILL
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        RunningService.Result rerun = RunningService.command("import", "edges", edges.toString(),
                "--rapport.data-dir=" + data, "--rapport.bolt-port=0");
        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(rerun.output()).contains("Done:");

        try (RunningService service = RunningService.start(data, RunningService.freePort(), bolt)) {
            assertThat(service.awaitHealthy(Duration.ofMinutes(3))).as(service.output()).isTrue();
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, RunningService.boltAuth(data))) {
                assertThat(value(driver, "MATCH (m:Member) RETURN count(m)")).isEqualTo(members.size());
                assertThat(value(driver, "MATCH ()-[c:CONNECTED_TO]->() RETURN count(c)")).isEqualTo(pairs.size());
                assertThat(value(driver, "MATCH (a)-[:CONNECTED_TO]-(b) WITH a, b, count(*) AS n WHERE n > 1 RETURN count(*)")).isZero();
            }
            service.stop();
        }
    }

    private static long value(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }
}
