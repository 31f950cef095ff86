package app.rapport.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import app.rapport.config.Cypher;
import app.rapport.config.EmbeddedNeo4j;
import app.rapport.config.SchemaMigrations;

/**
 * Times {@code import edges} against Neo4j's own {@code LOAD CSV … CALL { } IN TRANSACTIONS} of the same
 * file, each into a fresh embedded store with the same schema, alternating rounds in one process so both
 * get the same warm-up. Both go through Bolt, as the service does.
 */
public final class ImportBenchmark {

    /** One timed import: what ran, connections per second, and what it left in the graph. */
    public record Run(String method, int round, double seconds, long rows, long members, long connections) {
        public double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private final Path edges;
    private final int batchSize;
    private final Path workDir;

    public ImportBenchmark(Path edges, int batchSize, Path workDir) {
        this.edges = edges.toAbsolutePath().normalize();
        this.batchSize = batchSize;
        this.workDir = workDir;
    }

    public Run rapport(int round) {
        return inFreshStore("rapport import edges", round, driver -> {
            List<ImportReport> reports = new EdgeListImporter(driver, Progress.Factory.CONSOLE, batchSize, Clock.systemUTC())
                    .importFrom(RowSource.directory(edges.getParent()), edges.getFileName().toString(), null, null);
            return reports.stream().filter(r -> r.what().equals("connections")).mapToLong(ImportReport::rowsRead).sum();
        });
    }

    public Run loadCsv(int round) {
        return inFreshStore("neo4j LOAD CSV", round, driver -> {
            try (var session = driver.session()) {
                return session.run(Cypher.query("bench-load-csv-edges"), Map.of("url", "file:///" + edges.getFileName(),
                        "batch", batchSize)).consume().counters().containsUpdates() ? dataRows() : 0;
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

    private Run inFreshStore(String method, int round, ToLongFunction<Driver> work) {
        Path home;
        try {
            home = Files.createTempDirectory(workDir, "bench-import-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatabaseManagementService dbms = EmbeddedNeo4j.start(home, 0, edges.getParent());
        try (Driver driver = GraphDatabase.driver(EmbeddedNeo4j.boltUri(dbms), AuthTokens.none())) {
            SchemaMigrations.applyBundled(driver);
            long start = System.nanoTime();
            long rows = work.applyAsLong(driver);
            double seconds = (System.nanoTime() - start) / 1e9;
            long members = single(driver, "MATCH (m:Member) RETURN count(m)");
            long connections = single(driver, "MATCH ()-[c:CONNECTED_TO]->() RETURN count(c)");
            return new Run(method, round, seconds, rows, members, connections);
        } finally {
            dbms.shutdown();
            delete(home);
        }
    }

    private static long single(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
