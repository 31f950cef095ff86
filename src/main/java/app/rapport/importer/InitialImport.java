package app.rapport.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import app.rapport.config.Cypher;
import app.rapport.config.EmbeddedStore;
import app.rapport.config.EmbeddedStoreSettings;
import app.rapport.config.RapportProperties;
import app.rapport.config.StoreSwap;

/**
 * The initial import path: when the embedded database is empty, the files are read and checked exactly as
 * on the incremental path, the graph they describe is built in memory ({@link StoreGraph}) and written as a
 * new store by Neo4j's batch importer ({@link StoreBuilder}) in a staging directory, which then replaces
 * the empty database in one step that survives {@code kill -9} ({@link StoreSwap}). It runs before
 * anything opens the store; {@link #ready} then starts the database on it once, applies the migrations,
 * waits for their indexes and reads the counts, without the service's context (whose start would cost
 * more than the rest of a small import and add nothing to the store).
 */
public final class InitialImport {

    /** Which path an import takes. */
    public enum Mode {
        /** Initial when there is no embedded store yet, else incremental. */
        AUTO,
        /** Initial; refused when the database holds data or is a server. */
        INITIAL,
        /** Incremental (MERGE into the database), whatever it holds. */
        INCREMENTAL
    }

    /** The path chosen, or why the one asked for is refused. */
    public record Plan(boolean initial, String refusal) {
    }

    private static final Logger log = LoggerFactory.getLogger(InitialImport.class);

    private final Path home;
    private final ImportSettings settings;
    private final EmbeddedStoreSettings store;
    private final Clock clock;

    InitialImport(Path home, ImportSettings settings, Clock clock) {
        this(home, settings, EmbeddedStoreSettings.defaults(), clock);
    }

    private InitialImport(Path home, ImportSettings settings, EmbeddedStoreSettings store, Clock clock) {
        this.home = home.toAbsolutePath().normalize();
        this.settings = settings;
        this.store = store;
        this.clock = clock;
    }

    /** The initial path for the embedded database the environment configures ({@code rapport.data-dir}). */
    public static InitialImport from(Environment environment) {
        return new InitialImport(dataDir(environment), ImportSettings.from(environment), EmbeddedStoreSettings.from(environment),
                Clock.systemUTC());
    }

    /** The initial path into a data directory of one's own (benchmarks, tools). */
    public static InitialImport into(Path dataDir, boolean progressBars) {
        return into(dataDir, progressBars, Clock.systemUTC());
    }

    /** As {@link #into(Path, boolean)}, dating what it creates by {@code clock} (tests compare it with an incremental import). */
    public static InitialImport into(Path dataDir, boolean progressBars, Clock clock) {
        return new InitialImport(dataDir, new ImportSettings(10_000, 1, progressBars), clock);
    }

    /** Decides the path for {@code mode}: never initial against a server or a database that holds data. */
    public static Plan plan(Environment environment, Mode mode) {
        boolean external = StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
        if (mode == Mode.INCREMENTAL || (external && mode == Mode.AUTO)) {
            return new Plan(false, null);
        }
        if (external) {
            return new Plan(false, "import --initial builds a new embedded store; with spring.neo4j.uri set, imports go "
                    + "into that server incrementally (run it without --initial)");
        }
        Path home = dataDir(environment);
        if (EmbeddedStore.absent(home)) {
            return new Plan(true, null);
        }
        if (mode == Mode.AUTO) {
            return new Plan(false, null);
        }
        long nodes = EmbeddedStore.dataNodes(home, EmbeddedStoreSettings.from(environment));
        return nodes == 0 ? new Plan(true, null) : new Plan(false, ("import --initial refused: the database in %s already holds "
                + "%,d nodes, and the initial path only builds a new store. Run the import without --initial to add these "
                + "files to it (MERGE, idempotent), or set rapport.data-dir to a new directory.").formatted(home, nodes));
    }

    public List<ImportReport> ldbc(Path dir) {
        return ldbc(RowSource.directory(dir));
    }

    List<ImportReport> ldbc(RowSource source) {
        StoreGraph graph = new StoreGraph();
        List<ImportReport> reports = new LdbcImporter(graph, settings.progressBars()).importFrom(source);
        build(graph);
        return reports;
    }

    public List<ImportReport> edges(Path edges, Path interests) {
        long start = System.nanoTime();
        EdgeData data = EdgeData.read(EdgeFiles.of(edges, interests), settings.progressBars(), ZonedDateTime.now(clock));
        log.info("Read {} connection rows and {} interest rows in {} s", "%,d".formatted(data.from.size()),
                "%,d".formatted(data.interestMember == null ? 0 : data.interestMember.size()),
                "%.1f".formatted((System.nanoTime() - start) / 1e9));
        // Every valid row is applied (repeated pairs and links merge into one, as MERGE does).
        data.memberReport.imported(data.edgeMembers);
        data.connectionReport.imported(data.from.size());
        if (data.interestReport != null) {
            data.interestReport.imported(data.interestMember.size());
        }
        build(new EdgeStore(data));
        return data.reports();
    }

    /**
     * Starts the database on the store just built (migrations applied, as the service would), waits up to
     * {@code timeout} for the migrations' indexes to come online, reads what it holds and stops it again.
     */
    public StoreCounts ready(Duration timeout) {
        return EmbeddedStore.open(home, store, driver -> {
            long start = System.nanoTime();
            driver.executableQuery(Cypher.query("import-await-indexes")).withParameters(Map.of("seconds", timeout.toSeconds())).execute();
            log.info("Indexes online in {} s", "%.1f".formatted((System.nanoTime() - start) / 1e9));
            return StoreCounts.read(driver);
        });
    }

    private void build(StoreContent graph) {
        Path staging = StoreSwap.staging(home);
        long start = System.nanoTime();
        try {
            StoreSwap.settle(home);
            StoreSwap.delete(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + staging + ": " + e.getMessage(), e);
        }
        log.info("Building the store with Neo4j's batch importer in {}: {} nodes, {} relationships", staging,
                "%,d".formatted(graph.nodeCount()), "%,d".formatted(graph.relationshipCount()));
        StoreBuilder.build(graph, staging, settings.progressBars());
        StoreSwap.commit(home);
        log.info("Store built in {} s and moved into place in {}", "%.1f".formatted((System.nanoTime() - start) / 1e9), home);
    }

    private static Path dataDir(Environment environment) {
        return Binder.get(environment).bindOrCreate("rapport", RapportProperties.class).dataDir().toAbsolutePath().normalize();
    }
}
