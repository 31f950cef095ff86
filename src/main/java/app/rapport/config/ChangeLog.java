package app.rapport.config;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The write side of the change feed that keeps several instances' in-memory copies in step: a feature that
 * changes suggestion state appends the change inside its write transaction; it is written just before that
 * transaction commits, numbered by one counter whose lock it then holds to the commit (so numbers follow commit
 * order, {@code cypher/migrations/V0003__Change_feed.cypher}). A rolled-back transaction records nothing.
 * Generic (a kind and fields) so that the features need not share types; the suggestions read it back.
 */
@Component
public class ChangeLog {

    private final Neo4jClient neo4j;
    /** This process: an instance skips its own changes (it applied them before answering). */
    private final String origin = UUID.randomUUID().toString();

    public ChangeLog(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public String origin() {
        return origin;
    }

    /**
     * Records a change in a transaction of its own, for writers outside Spring's transactions (a bulk import, which
     * writes through the driver in many transactions): appended after the last of them committed.
     */
    public void appendCommitted(String kind, Map<String, Object> fields) {
        Map<String, Object> change = new HashMap<>(fields);
        change.put("kind", kind);
        change.put("origin", origin);
        neo4j.query(Cypher.query("change-append")).bind(change).to("change").run();
    }

    /**
     * Records a change in the current transaction (there must be one), written just before it commits.
     *
     * @param fields property values (strings, lists of strings, times); nulls are left out
     */
    public void append(String kind, Map<String, Object> fields) {
        Map<String, Object> change = new HashMap<>();
        fields.forEach((k, v) -> {
            if (v != null) {
                change.put(k, v);
            }
        });
        change.put("kind", kind);
        change.put("origin", origin);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                neo4j.query(Cypher.query("change-append")).bind(change).to("change").run();
            }
        });
    }
}
