package app.rapport.importer;

import java.time.Clock;
import java.util.List;

import org.neo4j.driver.Driver;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** The one import path used by the command line, the demo loader, the benchmarks and the tests. */
@Component
public class Importers {

    private final Driver driver;
    private final ImportSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;

    Importers(Driver driver, ImportSettings settings, Clock clock, MeterRegistry meters) {
        this.driver = driver;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    /** Counts rows per kind and outcome ({@code rapport.import.rows}), for the Prometheus endpoint. */
    private List<ImportReport> counted(List<ImportReport> reports) {
        for (ImportReport r : reports) {
            meters.counter("rapport.import.rows", "what", r.what(), "outcome", "imported").increment(r.imported());
            meters.counter("rapport.import.rows", "what", r.what(), "outcome", "skipped").increment(r.skipped());
        }
        return reports;
    }

    private Progress.Factory progress() {
        return settings.progress() ? Progress.Factory.CONSOLE : Progress.Factory.SILENT;
    }

    List<ImportReport> ldbc(RowSource source) {
        return counted(new LdbcImporter(driver, progress(), settings.batchSize()).importFrom(source));
    }

    public List<ImportReport> ldbc(java.nio.file.Path dir) {
        return ldbc(RowSource.directory(dir));
    }

    public List<ImportReport> edges(java.nio.file.Path edges, java.nio.file.Path interests) {
        RowSource edgeDir = RowSource.directory(edges.toAbsolutePath().getParent());
        RowSource interestDir = interests == null ? null : RowSource.directory(interests.toAbsolutePath().getParent());
        return counted(new EdgeListImporter(driver, progress(), settings.batchSize(), clock).importFrom(edgeDir,
                edges.getFileName().toString(), interestDir, interests == null ? null : interests.getFileName().toString()));
    }

    /** The bundled LDBC SF0.1 demo data set. */
    public List<ImportReport> demo() {
        return ldbc(RowSource.classpath(DemoData.LOCATION));
    }
}
