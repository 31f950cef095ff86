package app.rapport.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Record;

/**
 * The internal node ids an import's MERGE statements returned ({@code key, node} records), by business key
 * (a member's id, an interest's key), so the relationship passes seek each end by node id instead of by the
 * id index. Only valid during the import that collected them, and never stored: Neo4j reuses the ids of
 * deleted nodes, which is why the statements that use them also check the label. Filled from the writer
 * threads.
 */
final class NodeIds implements Consumer<Record> {

    private final Map<String, Object> byKey;

    NodeIds(int expected) {
        byKey = new HashMap<>(Math.max(16, expected * 4 / 3 + 1));
    }

    @Override
    public synchronized void accept(Record record) {
        byKey.put(record.get("key").asString(), record.get("node").asObject());
    }

    /** The node id of {@code key}; it must have been returned. */
    synchronized Object get(String key) {
        Object node = byKey.get(key);
        if (node == null) {
            throw new IllegalStateException("The import's MERGE returned no node for '" + key + "'");
        }
        return node;
    }

    /** The node ids of {@code keys[from..to)}, in that order. */
    Object[] of(String[] keys, int from, int to) {
        Object[] nodes = new Object[to - from];
        for (int i = from; i < to; i++) {
            nodes[i - from] = get(keys[i]);
        }
        return nodes;
    }
}
