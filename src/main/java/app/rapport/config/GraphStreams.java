package app.rapport.config;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads too large to hold as a list (the whole member graph), handed over record by record as the driver pulls
 * them. Through the same {@code Neo4jClient} and transaction manager as request work, so they join the same
 * bookmark chain ({@link RequestBookmarks}); each query runs in its own read-only transaction, which a cluster
 * may serve from a secondary.
 */
@Component
public class GraphStreams {

    private final Neo4jClient neo4j;
    private final TransactionTemplate readOnly;

    GraphStreams(Neo4jClient neo4j, PlatformTransactionManager transactions) {
        this.neo4j = neo4j;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Runs the named query ({@link Cypher#query}) without parameters and gives each record to {@code sink}. */
    public void read(String query, Consumer<Record> sink) {
        read(query, Map.of(), sink);
    }

    /** As {@link #read(String, Consumer)}, with parameters. */
    public void read(String query, Map<String, Object> parameters, Consumer<Record> sink) {
        String text = Cypher.query(query);
        readOnly.executeWithoutResult(status -> neo4j.delegateTo(runner -> {
            Result result = runner.run(text, parameters);
            while (result.hasNext()) {
                sink.accept(result.next());
            }
            return Optional.empty();
        }).run());
    }
}
