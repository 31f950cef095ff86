package app.rapport.analytics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.analytics.NetworkReport.Communities;
import app.rapport.analytics.NetworkReport.Community;
import app.rapport.analytics.NetworkReport.Components;
import app.rapport.analytics.NetworkReport.Connector;
import app.rapport.analytics.NetworkReport.DegreeCount;

/**
 * Network structure with JGraphT's algorithms (clustering coefficient, connected components, label
 * propagation communities, PageRank) over a snapshot of the graph. A snapshot costs a full read of the
 * connections, so results are cached per window for a short time ({@code rapport.analytics.network-cache-ttl}).
 */
@Service
public class NetworkAnalytics {

    static final int TOP = 10;
    /** Fixed, so the same graph always gives the same communities. */
    private static final long COMMUNITY_SEED = 42;

    private final Neo4jClient neo4j;
    private final Clock clock;
    private final NetworkCache cache;

    NetworkAnalytics(Neo4jClient neo4j, Clock clock, AnalyticsSettings settings) {
        this.neo4j = neo4j;
        this.clock = clock;
        this.cache = new NetworkCache(settings.networkCacheTtl(), settings.networkCacheSize());
    }

    /** The report for the window, from the cache when a fresh one is there. */
    @Transactional(readOnly = true)
    public NetworkReport network(AnalyticsWindow window, String interval) {
        String unit = GrowthSeries.unit(interval);
        return cache.get(window.toString() + "|" + unit, () -> compute(window, unit));
    }

    /** Computes afresh, bypassing the cache (the benchmark's uncached figure). */
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
                Rates.of(2 * m, n), degrees(g), average, global, components(g), communities(g, snapshot),
                connectors(g, snapshot), Instant.now(clock), (System.nanoTime() - start) / 1_000_000);
    }

    /** Drops cached reports (tests that rebuild the graph; an import could call it too). */
    void clearCache() {
        cache.clear();
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

    private static Communities communities(Graph<Integer, DefaultEdge> g, NetworkSnapshot snapshot) {
        if (g.vertexSet().isEmpty()) {
            return new Communities("none", 0, null, List.of());
        }
        // Label propagation: near-linear, so it scales to large graphs. (JGraphT 1.5.3's greedy modularity
        // fails on graphs with more than one component: an empty heap once a component is merged.)
        String algorithm = "label-propagation";
        List<Set<Integer>> clusters = new LabelPropagationClustering<>(g, 100, new Random(COMMUNITY_SEED))
                .getClustering().getClusters();
        Double modularity = g.edgeSet().isEmpty() ? null : new UndirectedModularityMeasurer<>(g).modularity(clusters);
        List<Set<Integer>> largest = clusters.stream().sorted(Comparator.comparingInt((Set<Integer> c) -> -c.size())
                .thenComparing(c -> c.stream().min(Integer::compare).orElse(0))).limit(TOP).toList();
        List<Community> top = new ArrayList<>();
        for (int i = 0; i < largest.size(); i++) {
            List<String> members = largest.get(i).stream()
                    .sorted(Comparator.comparingInt((Integer v) -> -g.degreeOf(v)).thenComparing(snapshot.ids::get))
                    .limit(3).map(snapshot::label).toList();
            top.add(new Community(i + 1, largest.get(i).size(), members));
        }
        return new Communities(algorithm, clusters.size(), modularity, top);
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
