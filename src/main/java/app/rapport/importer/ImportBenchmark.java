package app.rapport.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import app.rapport.config.Cypher;
import app.rapport.config.EmbeddedNeo4j;
import app.rapport.config.SchemaMigrations;
import app.rapport.config.StoreSwap;

/**
 * Times the two import paths against Neo4j's own {@code LOAD CSV … CALL { } IN TRANSACTIONS} of the same
 * files, each into a fresh embedded store with the same schema, in one process so all get the same
 * warm-up: the initial path (batch importer, then start, migrations and indexes online), the incremental
 * path (parallel MERGE over Bolt, as the service writes) and LOAD CSV (over Bolt too). Each run's time
 * covers everything until the store is ready; store and transaction-log sizes are taken after shutdown.
 */
public final class ImportBenchmark {

    /** One timed import: what ran, how long, the connection rows read, what it left and its size on disk. */
    public record Run(String method, int round, double seconds, long rows, long members, long connections,
            long interestLinks, long storeBytes, long txLogBytes) {
        public double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private final Path edges;
    private final Path interests;
    private final int batchSize;
    private final int writers;
    private final Path workDir;

    public ImportBenchmark(Path edges, Path interests, int batchSize, int writers, Path workDir) {
        this.edges = edges.toAbsolutePath().normalize();
        this.interests = interests == null ? null : interests.toAbsolutePath().normalize();
        this.batchSize = batchSize;
        this.writers = writers;
        this.workDir = workDir;
    }

    /** The incremental path ({@code import edges --incremental}). */
    public Run incremental(int round) {
        return inFreshStore("incremental MERGE", round, (home, driver) -> {
            Importers.incremental(driver, batchSize, writers, true).edges(edges, interests);
            return connectionRows();
        });
    }

    /** The initial path ({@code import edges} into an empty data directory): the store is built before Neo4j starts. */
    public Run initial(int round) {
        return inFreshStore("initial batch importer", round, null);
    }

    public Run loadCsv(int round) {
        return inFreshStore("neo4j LOAD CSV", round, (home, driver) -> {
            try (var session = driver.session()) {
                session.run(Cypher.query("bench-load-csv-edges"), Map.of("url", "file:///" + edges.getFileName(), "batch", batchSize)).consume();
                if (interests != null) {
                    session.run(Cypher.query("bench-load-csv-interests"), Map.of("url", "file:///" + interests.getFileName(),
                            "batch", batchSize)).consume();
                }
            }
            return connectionRows();
        });
    }

    /** Data rows of the edge file (LOAD CSV reports none; the same count for every method). */
    private long connectionRows() {
        try (Stream<String> lines = Files.lines(edges)) {
            return lines.skip(1).filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Work {
        long run(Path home, Driver driver);
    }

    /** {@code work} null: the initial path, which builds the store before the database starts. */
    private Run inFreshStore(String method, int round, Work work) {
        Path home;
        try {
            home = Files.createTempDirectory(workDir, "bench-import-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            long start = System.nanoTime();
            long rows = 0;
            if (work == null) {
                InitialImport.into(home).edges(edges, interests);
                rows = connectionRows();
            }
            DatabaseManagementService dbms = EmbeddedNeo4j.start(home, 0, edges.getParent());
            long[] counts;
            double seconds;
            try (Driver driver = GraphDatabase.driver(EmbeddedNeo4j.boltUri(dbms), AuthTokens.none())) {
                SchemaMigrations.applyBundled(driver);
                if (work != null) {
                    rows = work.run(home, driver);
                } else {
                    Importers.incremental(driver, batchSize, writers, false).awaitIndexes(java.time.Duration.ofHours(1));
                }
                seconds = (System.nanoTime() - start) / 1e9;
                StoreCounts c = StoreCounts.read(driver);
                counts = new long[] {c.get("members"), c.get("connections"), c.get("interest links")};
            } finally {
                dbms.shutdown();
            }
            return new Run(method, round, seconds, rows, counts[0], counts[1], counts[2],
                    size(home.resolve("data/databases/neo4j")), size(home.resolve("data/transactions/neo4j")));
        } finally {
            try {
                StoreSwap.delete(home);
            } catch (IOException ignored) {
                // a temp dir left behind is harmless
            }
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
