package app.rapport.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Record;

/**
 * The {@code elementId}s an import's MERGE statements returned ({@code key, node} records), by business key
 * (a member's id, an interest's key), so the relationship passes seek each end by node id instead of by the
 * id index. Only valid during the import that collected them: Neo4j reuses the ids of deleted nodes, which is
 * why the statements that use them also check the label. Filled from the writer threads.
 */
final class NodeIds implements Consumer<Record> {

    private final Map<String, String> byKey;

    NodeIds(int expected) {
        byKey = new HashMap<>(Math.max(16, expected * 4 / 3 + 1));
    }

    @Override
    public synchronized void accept(Record record) {
        byKey.put(record.get("key").asString(), record.get("node").asString());
    }

    /** The elementId of {@code key}; it must have been returned. */
    synchronized String get(String key) {
        String node = byKey.get(key);
        if (node == null) {
            throw new IllegalStateException("The import's MERGE returned no node for '" + key + "'");
        }
        return node;
    }

    /** The elementIds of {@code keys[from..to)}, in that order. */
    String[] of(String[] keys, int from, int to) {
        String[] nodes = new String[to - from];
        for (int i = from; i < to; i++) {
            nodes[i - from] = get(keys[i]);
        }
        return nodes;
    }
}
