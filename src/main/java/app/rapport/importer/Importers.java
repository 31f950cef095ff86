package app.rapport.importer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import app.rapport.config.ChangeLog;
import app.rapport.config.Cypher;

/**
 * The incremental import path, into the live database (embedded or a server): the one used by the
 * command line (for a database that already has data, or a server), the demo loader, the benchmarks and
 * the tests. {@link InitialImport} builds a new store from the same files with the same parsing.
 */
@Component
public class Importers {

    private final Driver driver;
    private final ImportSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ChangeLog changes;

    Importers(Driver driver, ImportSettings settings, Clock clock, MeterRegistry meters, ChangeLog changes) {
        this.changes = changes;
        this.driver = driver;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Counts rows per kind and outcome ({@code rapport.import.rows}), for the Prometheus endpoint, and tells the
     * serving instances through the change feed: an import writes no per-change records, so they rebuild in full.
     */
    private List<ImportReport> counted(List<ImportReport> reports) {
        for (ImportReport r : reports) {
            meters.counter("rapport.import.rows", "what", r.what(), "outcome", "imported").increment(r.imported());
            meters.counter("rapport.import.rows", "what", r.what(), "outcome", "skipped").increment(r.skipped());
        }
        changes.appendCommitted("import", Map.of("at", ZonedDateTime.now(clock)));
        return reports;
    }

    private MergeSink sink() {
        return new MergeSink(driver, settings.batchSize(), settings.writers());
    }

    public List<ImportReport> ldbc(RowSource source) {
        return counted(new LdbcImporter(sink(), settings.progressBars()).importFrom(source));
    }

    public List<ImportReport> ldbc(Path dir) {
        return ldbc(RowSource.directory(dir));
    }

    public List<ImportReport> edges(Path edges, Path interests) {
        EdgeData data = EdgeData.read(EdgeFiles.of(edges, interests), settings.progressBars(), ZonedDateTime.now(clock));
        return counted(new EdgeListImporter(sink(), settings.progressBars()).write(data));
    }

    /** The bundled LDBC SF0.1 demo data set. */
    public List<ImportReport> demo() {
        return ldbc(RowSource.classpath(DemoData.LOCATION));
    }

    /** Waits until every index is online: after an initial import the migrations' indexes populate in the background. */
    public void awaitIndexes(Duration timeout) {
        driver.executableQuery(Cypher.query("import-await-indexes")).withParameters(Map.of("seconds", timeout.toSeconds())).execute();
    }

    /** What the database holds now (members, connections, …), for the summary. */
    public StoreCounts counts() {
        return StoreCounts.read(driver);
    }
}
