package app.rapport.importer;

import java.util.Map;

/**
 * Where an importer's checked rows go, one import statement ({@code cypher/queries/import-*.cypher}) at a
 * time: into a live database through those statements ({@link MergeSink}), or into an in-memory graph with
 * the same semantics that Neo4j's batch importer turns into a new store ({@link StoreGraph}). The parsing,
 * normalisation and bad-row reporting before it are the same for both.
 */
interface RowSink {

    /** A writer for the rows of one file, for the named statement; closing it finishes the writes. */
    RowWriter open(String statement, ImportReport report, Progress progress);

    /** Receives rows; {@link #close} returns once they are all written. */
    interface RowWriter extends AutoCloseable {

        void add(Map<String, Object> row);

        @Override
        void close();
    }
}
