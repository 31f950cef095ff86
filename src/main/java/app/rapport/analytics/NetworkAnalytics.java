package app.rapport.analytics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.analytics.NetworkReport.Components;
import app.rapport.analytics.NetworkReport.Connector;
import app.rapport.analytics.NetworkReport.DegreeCount;

/**
 * Network structure with JGraphT's algorithms (clustering coefficient, connected components, PageRank) and
 * Leiden communities ({@link CommunityProfiles}) over a snapshot of the graph. A snapshot costs a full read of the
 * connections, so {@link NetworkMetrics} computes reports in the background and serves them from memory.
 */
@Service
public class NetworkAnalytics {

    static final int TOP = 10;

    private final Neo4jClient neo4j;
    private final Clock clock;

    NetworkAnalytics(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    /** Computes the report afresh ({@link NetworkMetrics} does it in the background; the benchmark times it). */
    @Transactional(readOnly = true)
    public NetworkReport compute(AnalyticsWindow window, String unit) {
        long start = System.nanoTime();
        Map<String, Object> bounds = window.bounds();
        NetworkSnapshot snapshot = NetworkSnapshot.load(neo4j, bounds);
        Graph<Integer, DefaultEdge> g = snapshot.graph;
        long n = g.vertexSet().size();
        long m = g.edgeSet().size();
        ClusteringCoefficient<Integer, DefaultEdge> clustering = new ClusteringCoefficient<>(g);
        double average = n == 0 ? 0 : clustering.getAverageClusteringCoefficient();
        double global = m == 0 ? 0 : clustering.getGlobalClusteringCoefficient();
        return new NetworkReport(window, unit, n, m, GrowthSeries.load(neo4j, bounds, unit, window.from()),
                Rates.of(2 * m, n), degrees(g), average, global, components(g), CommunityProfiles.of(snapshot, neo4j),
                connectors(g, snapshot), Instant.now(clock), (System.nanoTime() - start) / 1_000_000, "ready", 0L);
    }

    private static List<DegreeCount> degrees(Graph<Integer, DefaultEdge> g) {
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        g.vertexSet().forEach(v -> histogram.merge(g.degreeOf(v), 1L, Long::sum));
        List<DegreeCount> out = new ArrayList<>();
        histogram.forEach((d, c) -> out.add(new DegreeCount(d, c)));
        return out;
    }

    private static Components components(Graph<Integer, DefaultEdge> g) {
        List<Set<Integer>> sets = new ConnectivityInspector<>(g).connectedSets();
        List<Integer> sizes = sets.stream().map(Set::size).sorted(Comparator.reverseOrder()).toList();
        int isolated = (int) sizes.stream().filter(s -> s == 1).count();
        return new Components(sizes.size(), sizes.isEmpty() ? 0 : sizes.get(0), isolated,
                sizes.subList(0, Math.min(TOP, sizes.size())));
    }

    private static List<Connector> connectors(Graph<Integer, DefaultEdge> g, NetworkSnapshot snapshot) {
        if (g.vertexSet().isEmpty()) {
            return List.of();
        }
        Map<Integer, Double> scores = new LinkedHashMap<>(new PageRank<>(g).getScores());
        return scores.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                        .thenComparing(e -> snapshot.ids.get(e.getKey())))
                .limit(TOP)
                .map(e -> new Connector(snapshot.ids.get(e.getKey()), blankToNull(snapshot.names.get(e.getKey())),
                        g.degreeOf(e.getKey()), e.getValue()))
                .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
