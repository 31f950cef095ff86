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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NetworkAnalytics.class);

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
        // Minutes on a graph of millions: say where the work is (the log is the progress of a background job).
        Phases phases = new Phases(window, n, m, start);
        GraphMeasures.Clustering clustering = GraphMeasures.clustering(g);
        phases.done("clustering");
        var growth = GrowthSeries.load(neo4j, bounds, unit, window.from());
        List<DegreeCount> degrees = degrees(g);
        Components components = components(g);
        phases.done("growth, degrees, components");
        var communities = CommunityProfiles.of(snapshot, neo4j);
        phases.done("Leiden communities");
        List<Connector> connectors = connectors(g, snapshot);
        phases.done("PageRank");
        log.info("Network report {}: {} members, {} connections in {} ms ({})", window, n, m,
                (System.nanoTime() - start) / 1_000_000, phases);
        return new NetworkReport(window, unit, n, m, growth, Rates.of(2 * m, n), degrees, clustering.average(),
                clustering.global(), components, communities, connectors, Instant.now(clock),
                (System.nanoTime() - start) / 1_000_000, "ready", 0L);
    }

    /** The time of each phase of one report, logged as it ends when the graph is large. */
    private static final class Phases {
        private static final long LARGE = 1_000_000;
        private final AnalyticsWindow window;
        private final boolean large;
        private final StringBuilder summary = new StringBuilder();
        private long last;

        Phases(AnalyticsWindow window, long members, long connections, long start) {
            this.window = window;
            this.large = connections >= LARGE;
            this.last = System.nanoTime();
            add("snapshot", last - start);
        }

        void done(String phase) {
            long now = System.nanoTime();
            add(phase, now - last);
            last = now;
        }

        private void add(String phase, long nanos) {
            summary.append(summary.isEmpty() ? "" : ", ").append(phase).append(' ').append(nanos / 1_000_000).append(" ms");
            if (large) {
                log.info("Network report {}: {} done in {} ms", window, phase, nanos / 1_000_000);
            }
        }

        @Override
        public String toString() {
            return summary.toString();
        }
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
