package app.rapport.tools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.config.Cypher;
import app.rapport.importer.Importers;
import app.rapport.importer.InitialImport;
import app.rapport.importer.StoreCounts;
import app.rapport.tools.bench.Harness.Timing;
import app.rapport.tools.cli.Options;
import app.rapport.tools.cli.TempStore;

/**
 * Times the two import paths against Neo4j's own {@code LOAD CSV … CALL { } IN TRANSACTIONS} of the same
 * files, each in a fresh temporary store with the same schema, in one process so all get the same JVM
 * warm-up. The initial path's time covers what {@code import edges} does on it: building the store, starting
 * the database on it (migrations included), waiting for its indexes and stopping it; the incremental path
 * (MERGE over Bolt, as the service writes) and LOAD CSV (over Bolt too) are timed from a started, empty
 * store ({@link TempStore}). Store and transaction-log sizes are taken after the database shut down.
 */
final class ImportBenchmark {

    /** One timed import: what ran, how long, the connection rows read, what it left and its size on disk. */
    record Run(String method, int round, double seconds, long rows, StoreCounts counts, long storeBytes, long txLogBytes) {

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
            m.put("members", counts.get("members"));
            m.put("connections", counts.get("connections"));
            m.put("interest_links", counts.get("interest links"));
            m.put("store_bytes", storeBytes);
            m.put("tx_log_bytes", txLogBytes);
            return m;
        }
    }

    private final ConfigurableApplicationContext parent;
    private final Path edges;
    private final Path interests;
    private final int batchSize;
    private final int writers;
    private final Path workDir;
    private final Options.ProgressBars progress;

    ImportBenchmark(ConfigurableApplicationContext parent, Path edges, Path interests, int batchSize, int writers, Path workDir,
            Options.ProgressBars progress) {
        this.parent = parent;
        this.edges = edges.toAbsolutePath().normalize();
        this.interests = interests == null ? null : interests.toAbsolutePath().normalize();
        this.batchSize = batchSize;
        this.writers = writers;
        this.workDir = workDir;
        this.progress = progress;
    }

    /**
     * The initial path as {@code import edges} into an empty data directory runs it: the store built before
     * Neo4j starts, then one start on it (migrations, indexes online, counts) and a shutdown.
     */
    Run initial(int round) {
        String method = "initial batch importer";
        Path dir = TempStore.newDirectory(workDir, "rapport-bench-import-");
        try {
            StoreCounts[] counts = new StoreCounts[1];
            Timing timing = timed(method, () -> {
                InitialImport store = InitialImport.into(dir, progress.on());
                store.edges(edges, interests);
                counts[0] = store.ready(Duration.ofHours(1));
            });
            return new Run(method, round, timing.seconds(), connectionRows(), counts[0], size(dir.resolve("data/databases/neo4j")),
                    size(dir.resolve("data/transactions/neo4j")));
        } finally {
            TempStore.delete(dir);
        }
    }

    /** The incremental path ({@code import edges --incremental}), into a started, empty store. */
    Run incremental(int round) {
        return inStartedStore("incremental MERGE", round, store -> store.bean(Importers.class).edges(edges, interests));
    }

    /** Neo4j's own LOAD CSV with the same MERGE semantics. */
    Run loadCsv(int round) {
        return inStartedStore("neo4j LOAD CSV", round, store -> {
            try (var session = store.bean(Driver.class).session()) {
                // The embedded store sets no import root, so a file URL is an absolute path.
                session.run(Cypher.query("tools/bench-load-csv-edges"), Map.of("url", edges.toUri().toString(), "batch", batchSize)).consume();
                if (interests != null) {
                    session.run(Cypher.query("tools/bench-load-csv-interests"), Map.of("url", interests.toUri().toString(),
                            "batch", batchSize)).consume();
                }
            }
            return null;
        });
    }

    private Run inStartedStore(String method, int round, Function<TempStore, ?> work) {
        TempStore store = TempStore.start(parent, "bench-import", workDir, properties());
        try {
            return finish(method, round, timed(method, () -> work.apply(store)), store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** One timed call through the harness: its wall clock is the import's duration. */
    private static Timing timed(String method, Runnable work) {
        return new Harness(false).time(method, List.of(method), 1, m -> work.run());
    }

    /** Counts what the import left, stops the database (so its files are final), measures them and deletes the store. */
    private Run finish(String method, int round, Timing timing, TempStore store) {
        try (store) {
            StoreCounts counts = store.bean(Importers.class).counts();
            store.stop();
            return new Run(method, round, timing.seconds(), connectionRows(), counts, size(store.dir().resolve("data/databases/neo4j")),
                    size(store.dir().resolve("data/transactions/neo4j")));
        }
    }

    private String[] properties() {
        return new String[] {"--rapport.import.batch-size=" + batchSize, "--rapport.import.writers=" + writers,
                "--rapport.import.progress=" + progress.on()};
    }

    /** Data rows of the edge file (LOAD CSV reports none; the same count for every method). */
    private long connectionRows() {
        try (Stream<String> lines = Files.lines(edges)) {
            return lines.skip(1).filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
