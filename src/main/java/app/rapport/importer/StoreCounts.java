package app.rapport.importer;

import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import app.rapport.config.Cypher;

/** What an import left in the database: nodes per label and relationships per type (from Neo4j's count store). */
public record StoreCounts(Map<String, Long> counts) {

    static StoreCounts read(Driver driver) {
        Record r = driver.executableQuery(Cypher.query("import-counts")).execute().records().get(0);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String key : r.keys()) {
            counts.put(key, r.get(key).asLong());
        }
        return new StoreCounts(counts);
    }

    public long get(String what) {
        return counts.getOrDefault(what, 0L);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        counts.forEach((k, v) -> out.append(out.isEmpty() ? "" : ", ").append("%,d %s".formatted(v, k)));
        return out.toString();
    }
}
