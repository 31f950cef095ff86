package app.rapport.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.rapport.config.GraphStreams;

/**
 * The connection graph as of an instant, copied into a {@link CompactGraph} for the algorithms (Neo4j stays the
 * source of truth). Members are numbered 0..n-1 in the order read; connections are streamed record by record
 * into int arrays, never held as a list of rows.
 */
final class NetworkSnapshot {

    final List<String> ids = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    CompactGraph graph;

    static NetworkSnapshot load(GraphStreams streams, Map<String, Object> bounds) {
        NetworkSnapshot snapshot = new NetworkSnapshot();
        Map<String, Integer> index = new HashMap<>();
        streams.read("analytics-network-members", bounds, row -> {
            String id = row.get("id").asString();
            index.put(id, snapshot.ids.size());
            snapshot.ids.add(id);
            snapshot.names.add(row.get("name").asString(null));
        });
        int[][] pairs = {new int[1024], new int[1024]};
        int[] count = {0};
        streams.read("analytics-network-edges", bounds, row -> {
            Integer a = index.get(row.get("a").asString());
            Integer b = index.get(row.get("b").asString());
            // A connection to a member who joined after the snapshot (inconsistent dates) is left out.
            if (a != null && b != null) {
                if (count[0] == pairs[0].length) {
                    pairs[0] = Arrays.copyOf(pairs[0], pairs[0].length * 2);
                    pairs[1] = Arrays.copyOf(pairs[1], pairs[1].length * 2);
                }
                pairs[0][count[0]] = a;
                pairs[1][count[0]] = b;
                count[0]++;
            }
        });
        snapshot.graph = CompactGraph.of(snapshot.ids.size(), pairs[0], pairs[1], count[0]);
        return snapshot;
    }

    /** Every connection once, as two parallel arrays of vertex numbers (for the Leiden library). */
    int[][] edges() {
        return graph.edges();
    }

    String label(int v) {
        String name = names.get(v);
        return name == null || name.isBlank() ? ids.get(v) : name + " (" + ids.get(v) + ")";
    }
}
