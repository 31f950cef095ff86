package app.rapport.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.springframework.data.neo4j.core.Neo4jClient;

import app.rapport.config.Cypher;

/**
 * The connection graph as of an instant, copied into JGraphT for the algorithms (Neo4j stays the source of
 * truth). Members are numbered 0..n-1 so vertices are small boxed ints rather than id strings.
 */
final class NetworkSnapshot {

    final Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    final List<String> ids = new ArrayList<>();
    final List<String> names = new ArrayList<>();

    static NetworkSnapshot load(Neo4jClient neo4j, Map<String, Object> bounds) {
        NetworkSnapshot snapshot = new NetworkSnapshot();
        Map<String, Integer> index = new HashMap<>();
        neo4j.query(Cypher.query("analytics-network-members")).bindAll(bounds).fetch().all().forEach(row -> {
            int v = snapshot.ids.size();
            String id = (String) row.get("id");
            snapshot.ids.add(id);
            snapshot.names.add((String) row.get("name"));
            index.put(id, v);
            snapshot.graph.addVertex(v);
        });
        neo4j.query(Cypher.query("analytics-network-edges")).bindAll(bounds).fetch().all().forEach(row -> {
            Integer a = index.get((String) row.get("a"));
            Integer b = index.get((String) row.get("b"));
            // A connection to a member who joined after the snapshot (inconsistent dates) is left out.
            if (a != null && b != null && !a.equals(b)) {
                snapshot.graph.addEdge(a, b);
            }
        });
        return snapshot;
    }

    /** Every connection once, as two parallel arrays of vertex numbers (for the Leiden library). */
    int[][] edges() {
        int m = graph.edgeSet().size();
        int[][] edges = new int[2][m];
        int i = 0;
        for (DefaultEdge e : graph.edgeSet()) {
            edges[0][i] = graph.getEdgeSource(e);
            edges[1][i] = graph.getEdgeTarget(e);
            i++;
        }
        return edges;
    }

    String label(int v) {
        String name = names.get(v);
        return name == null || name.isBlank() ? ids.get(v) : name + " (" + ids.get(v) + ")";
    }
}
