package app.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
 * and running the same import again completes it.
 */
class CrashRecoveryIT {

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
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", RunningService.JAR.toString(), "import", "edges", edges.toString(),
                "--rapport.data-dir=" + data, "--rapport.bolt-port=0", "--rapport.import.batch-size=2000"));
        Process first = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (first.isAlive() && System.nanoTime() < deadline && !Files.readString(log).contains("connections")) {
            Thread.sleep(200);
        }
        Thread.sleep(1500);
        assertThat(first.isAlive()).as("the import must still be running when it is killed: " + Files.readString(log)).isTrue();
        first.destroyForcibly(); // SIGKILL
        first.waitFor(30, TimeUnit.SECONDS);

        RunningService.Result rerun = RunningService.command("import", "edges", edges.toString(),
                "--rapport.data-dir=" + data, "--rapport.bolt-port=0");
        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(rerun.output()).contains("Done:");

        int bolt = RunningService.freePort();
        try (RunningService service = RunningService.start(data, RunningService.freePort(), bolt)) {
            assertThat(service.awaitHealthy(Duration.ofMinutes(3))).as(service.output()).isTrue();
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none())) {
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
