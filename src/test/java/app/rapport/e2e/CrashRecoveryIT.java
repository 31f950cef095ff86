package app.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * kill -9 in the middle of a bulk import. Incremental path: the store recovers on the next start, nothing
 * is duplicated, and running the same import again completes it. Initial path: the store is either absent
 * or complete, never half-built, and running the import again builds it.
 */
class CrashRecoveryIT {

    /** Some connection rows written: the incremental import's progress bar past 0 %. */
    private static final Pattern WRITING_CONNECTIONS = Pattern.compile("connections +[1-9]\\d*%");
    private static final Pattern COUNTS = Pattern.compile("now holds ([\\d,]+) members, ([\\d,]+) connections");

    @TempDir
    Path tmp;

    @Test
    void importKilledMidwayRecoversAndCompletesOnRerun() throws Exception {
        Path edges = tmp.resolve("edges.csv");
        Set<String> pairs = new HashSet<>();
        Set<String> members = new HashSet<>();
        write(edges, 60_000, 15_000, pairs, members);
        Path data = tmp.resolve("data");
        Path log = tmp.resolve("import.log");
        Process first = start(log, "import", "edges", edges.toString(), "--incremental",
                "--rapport.data-dir=" + data, "--rapport.bolt-port=0", "--rapport.import.batch-size=1000");
        awaitLog(first, log, WRITING_CONNECTIONS);
        assertThat(first.isAlive()).as("the import must still be running when it is killed: " + Files.readString(log)).isTrue();
        first.destroyForcibly(); // SIGKILL
        first.waitFor(30, TimeUnit.SECONDS);

        RunningService.Result rerun = RunningService.command("import", "edges", edges.toString(),
                "--rapport.data-dir=" + data, "--rapport.bolt-port=0");
        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(rerun.output()).contains("Done:");

        int bolt = RunningService.freePort();
        try (RunningService service = RunningService.start(data, RunningService.freePort(), bolt)) {
            assertThat(service.awaitHealthy()).as(service.output()).isTrue();
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, RunningService.boltAuth(data))) {
                assertThat(value(driver, "MATCH (m:Member) RETURN count(m)")).isEqualTo(members.size());
                assertThat(value(driver, "MATCH ()-[c:CONNECTED_TO]->() RETURN count(c)")).isEqualTo(pairs.size());
                assertThat(value(driver, "MATCH (a)-[:CONNECTED_TO]-(b) WITH a, b, count(*) AS n WHERE n > 1 RETURN count(*)")).isZero();
            }
            service.stop();
        }
    }

    @Test
    void initialImportKilledWhileBuildingTheStoreLeavesNoStoreAndRerunBuildsIt() throws Exception {
        Path edges = tmp.resolve("edges.csv");
        Set<String> pairs = new HashSet<>();
        Set<String> members = new HashSet<>();
        // Enough rows that the batch importer is still writing when the log line has been seen and the process killed.
        write(edges, 100_000, 20_000, pairs, members);
        Path data = tmp.resolve("data");
        Path log = tmp.resolve("import.log");
        Process first = start(log, "import", "edges", edges.toString(), "--rapport.data-dir=" + data, "--rapport.bolt-port=0");
        awaitLog(first, log, Pattern.compile("Building the store with Neo4j's batch importer"));
        first.destroyForcibly(); // SIGKILL while the batch importer writes the staging store
        first.waitFor(30, TimeUnit.SECONDS);
        String killed = Files.readString(log);
        Path store = data.resolve("data/databases/neo4j");
        System.out.println("initial import killed " + (killed.contains("moved into place") ? "after" : "while") + " building the store");
        if (killed.contains("moved into place")) {
            // Too late to catch it building (a very fast machine): then the store must already be whole.
            assertThat(store).isDirectory();
        } else {
            assertThat(store).as("no half-built store in place after kill -9: " + killed).doesNotExist();
        }

        RunningService.Result rerun = RunningService.command("import", "edges", edges.toString(),
                "--rapport.data-dir=" + data, "--rapport.bolt-port=0", "--rapport.import.progress=false");
        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(rerun.output()).contains("Initial (batch importer) path");
        assertCounts(rerun.output(), members.size(), pairs.size());
        assertThat(data.resolve("import-staging")).doesNotExist();

        RunningService.Result again = RunningService.command("import", "edges", edges.toString(), "--initial",
                "--rapport.data-dir=" + data, "--rapport.bolt-port=0", "--rapport.import.progress=false");
        assertThat(again.exitCode()).as(again.output()).isEqualTo(2);
        assertThat(again.output()).contains("import --initial refused", "already holds", "without --initial");

        // The same files again, incrementally (MERGE): nothing changes.
        RunningService.Result merged = RunningService.command("import", "edges", edges.toString(),
                "--rapport.data-dir=" + data, "--rapport.bolt-port=0", "--rapport.import.progress=false");
        assertThat(merged.exitCode()).as(merged.output()).isZero();
        assertThat(merged.output()).contains("Incremental (MERGE) path");
        assertCounts(merged.output(), members.size(), pairs.size());
    }

    private static void assertCounts(String output, long members, long connections) {
        Matcher m = COUNTS.matcher(output);
        assertThat(m.find()).as(output).isTrue();
        assertThat(Long.parseLong(m.group(1).replace(",", ""))).isEqualTo(members);
        assertThat(Long.parseLong(m.group(2).replace(",", ""))).isEqualTo(connections);
    }

    /** A seeded random edge list of {@code count} distinct pairs among {@code people} members. */
    private static void write(Path edges, int count, int people, Set<String> pairs, Set<String> members) throws IOException {
        Random random = new Random(7);
        try (BufferedWriter out = Files.newBufferedWriter(edges)) {
            out.write("source,target\n");
            while (pairs.size() < count) {
                int a = random.nextInt(people);
                int b = random.nextInt(people);
                if (a != b && pairs.add(Math.min(a, b) + "-" + Math.max(a, b))) {
                    out.write("m" + a + ",m" + b + "\n");
                    members.add("m" + a);
                    members.add("m" + b);
                }
            }
        }
    }

    private static Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", RunningService.JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Polls the process's log until {@code pattern} appears (up to 5 minutes: a busy 2-core machine). */
    private static void awaitLog(Process process, Path log, Pattern pattern) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (process.isAlive() && System.nanoTime() < deadline && !pattern.matcher(Files.readString(log)).find()) {
            Thread.sleep(100);
        }
        assertThat(pattern.matcher(Files.readString(log)).find()).as("waiting for " + pattern + " in: " + Files.readString(log)).isTrue();
    }

    private static long value(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }
}
