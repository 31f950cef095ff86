package app.rapport.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Collects rows and writes them with one parameterised {@code UNWIND $rows AS row …} statement per batch,
 * each batch its own transaction (retried by the driver on transient errors). Statements are MERGE-based,
 * so a batch written twice (a re-run after an interruption) changes nothing.
 */
final class BatchWriter implements AutoCloseable {

    static final int DEFAULT_BATCH = 10_000;

    private final Session session;
    private final String statement;
    private final int batchSize;
    private final ImportReport report;
    private final Progress progress;
    private List<Map<String, Object>> rows;

    BatchWriter(Driver driver, String statement, int batchSize, ImportReport report, Progress progress) {
        this.session = driver.session();
        this.statement = statement;
        this.batchSize = batchSize;
        this.report = report;
        this.progress = progress;
        this.rows = new ArrayList<>(batchSize);
    }

    void add(Map<String, Object> row) {
        rows.add(row);
        if (rows.size() >= batchSize) {
            flush();
        }
    }

    void flush() {
        if (rows.isEmpty()) {
            return;
        }
        List<Map<String, Object>> batch = rows;
        rows = new ArrayList<>(batchSize);
        session.executeWriteWithoutResult(tx -> tx.run(statement, Map.of("rows", batch)).consume());
        report.imported(batch.size());
        progress.step(batch.size());
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            session.close();
        }
    }
}
