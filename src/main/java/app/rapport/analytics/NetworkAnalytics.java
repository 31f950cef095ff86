package app.rapport.analytics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.analytics.NetworkReport.Components;
import app.rapport.analytics.NetworkReport.Connector;
import app.rapport.analytics.NetworkReport.DegreeCount;
import app.rapport.config.GraphStreams;

/**
 * Network structure (clustering coefficients, connected components, PageRank: {@link GraphMeasures}) and
 * Leiden communities ({@link CommunityProfiles}) over a snapshot of the graph. A snapshot costs a full read of the
 * connections, so {@link NetworkMetrics} computes reports in the background and serves them from memory.
 */
@Service
public class NetworkAnalytics {

    static final int TOP = 10;

    private final Neo4jClient neo4j;
    private final GraphStreams streams;
    private final Clock clock;

    NetworkAnalytics(Neo4jClient neo4j, GraphStreams streams, Clock clock) {
        this.neo4j = neo4j;
        this.streams = streams;
        this.clock = clock;
    }

    /** Computes the report afresh ({@link NetworkMetrics} does it in the background; the benchmark times it). */
    @Transactional(readOnly = true)
    public NetworkReport compute(AnalyticsWindow window, String unit) {
        long start = System.nanoTime();
        Map<String, Object> bounds = window.bounds();
        NetworkSnapshot snapshot = NetworkSnapshot.load(streams, bounds);
        CompactGraph g = snapshot.graph;
        long n = g.vertices();
        long m = g.connections();
        GraphMeasures.Clustering clustering = GraphMeasures.clustering(g);
        return new NetworkReport(window, unit, n, m, GrowthSeries.load(neo4j, bounds, unit, window.from()),
                Rates.of(2 * m, n), degrees(g), clustering.average(), clustering.global(), components(g),
                CommunityProfiles.of(snapshot, neo4j), connectors(g, snapshot), Instant.now(clock),
                (System.nanoTime() - start) / 1_000_000, "ready", 0L);
    }

    private static List<DegreeCount> degrees(CompactGraph g) {
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        for (int v = 0; v < g.vertices(); v++) {
            histogram.merge(g.degree(v), 1L, Long::sum);
        }
        List<DegreeCount> out = new ArrayList<>();
        histogram.forEach((d, c) -> out.add(new DegreeCount(d, c)));
        return out;
    }

    private static Components components(CompactGraph g) {
        List<Integer> sizes = GraphMeasures.componentSizes(g).stream().sorted(Comparator.reverseOrder()).toList();
        int isolated = (int) sizes.stream().filter(s -> s == 1).count();
        return new Components(sizes.size(), sizes.isEmpty() ? 0 : sizes.get(0), isolated,
                sizes.subList(0, Math.min(TOP, sizes.size())));
    }

    private static List<Connector> connectors(CompactGraph g, NetworkSnapshot snapshot) {
        if (g.vertices() == 0) {
            return List.of();
        }
        double[] scores = GraphMeasures.pageRank(g);
        return IntStream.range(0, g.vertices()).boxed()
                .sorted(Comparator.comparingDouble((Integer v) -> -scores[v]).thenComparing(snapshot.ids::get))
                .limit(TOP)
                .map(v -> new Connector(snapshot.ids.get(v), blankToNull(snapshot.names.get(v)), g.degree(v), scores[v]))
                .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
