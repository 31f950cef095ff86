package app.rapport.tools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.config.Cypher;
import app.rapport.importer.ImportReport;
import app.rapport.importer.Importers;
import app.rapport.tools.bench.Harness.Timing;
import app.rapport.tools.cli.Options;
import app.rapport.tools.cli.TempStore;

/**
 * Times {@code import edges} (the one import path, {@link Importers}) against Neo4j's own
 * {@code LOAD CSV … CALL { } IN TRANSACTIONS} of the same file, each in a fresh temporary store with the
 * same schema. Both go through Bolt, as the service does.
 */
final class ImportBenchmark {

    /** One timed import: what ran, connections per second, and what it left in the graph. */
    record Run(String method, int round, double seconds, long rows, long members, long connections) {
        double rowsPerSecond() {
            return rows / seconds;
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("method", method);
            m.put("round", round);
            m.put("seconds", Math.round(seconds * 1000) / 1000.0);
            m.put("rows", rows);
            m.put("rows_per_s", Math.round(rowsPerSecond()));
            m.put("members", members);
            m.put("connections", connections);
            return m;
        }
    }

    private final ConfigurableApplicationContext parent;
    private final Path edges;
    private final int batchSize;
    private final Path workDir;
    private final Options.ProgressBars progress;

    ImportBenchmark(ConfigurableApplicationContext parent, Path edges, int batchSize, Path workDir, Options.ProgressBars progress) {
        this.parent = parent;
        this.edges = edges.toAbsolutePath().normalize();
        this.batchSize = batchSize;
        this.workDir = workDir;
        this.progress = progress;
    }

    Run rapport(int round) {
        return inFreshStore("rapport import edges", round, store -> store.bean(Importers.class).edges(edges, null).stream()
                .filter(r -> r.what().equals("connections")).mapToLong(ImportReport::rowsRead).sum());
    }

    Run loadCsv(int round) {
        return inFreshStore("neo4j LOAD CSV", round, store -> {
            // The embedded store sets no import root, so a file URL is an absolute path.
            Map<String, Object> params = Map.of("url", edges.toUri().toString(), "batch", batchSize);
            try (var session = store.bean(Driver.class).session()) {
                return session.run(Cypher.query("tools/bench-load-csv-edges"), params).consume().counters().containsUpdates()
                        ? dataRows() : 0;
            }
        });
    }

    private long dataRows() {
        try (Stream<String> lines = Files.lines(edges)) {
            return lines.skip(1).filter(l -> !l.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Run inFreshStore(String method, int round, ToLongFunction<TempStore> work) {
        System.err.printf("round %d: %s%n", round, method);
        try (TempStore store = TempStore.start(parent, "bench-import", workDir, "--rapport.import.batch-size=" + batchSize,
                "--rapport.import.progress=" + progress.on())) {
            long[] rows = new long[1];
            // One timed call per round: the harness's wall clock is the import's duration.
            Timing timing = new Harness(false).time(method, List.of(store), 1, s -> rows[0] = work.applyAsLong(s));
            Driver driver = store.bean(Driver.class);
            return new Run(method, round, timing.seconds(), rows[0], single(driver, "MATCH (m:Member) RETURN count(m)"),
                    single(driver, "MATCH ()-[c:CONNECTED_TO]->() RETURN count(c)"));
        }
    }

    private static long single(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }
}
