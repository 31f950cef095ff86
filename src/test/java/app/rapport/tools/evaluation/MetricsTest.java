package app.rapport.tools.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void metricsOfHandMadeRankings() {
        List<String> ranked = List.of("a", "x", "b", "y");
        Set<String> relevant = Set.of("a", "b", "c");
        assertThat(Metrics.recall(ranked, relevant)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Metrics.precision(ranked, relevant, 4)).isEqualTo(0.5);
        assertThat(Metrics.reciprocalRank(ranked, relevant)).isEqualTo(1.0);
        assertThat(Metrics.reciprocalRank(List.of("x", "y", "b"), relevant)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(Metrics.reciprocalRank(List.of("x"), relevant)).isZero();
        // DCG = 1/log2(2) + 1/log2(4) = 1.5; ideal (3 relevant, k = 4) = 1 + 1/log2(3) + 1/log2(4)
        double ideal = 1 + 1 / (Math.log(3) / Math.log(2)) + 0.5;
        assertThat(Metrics.ndcg(ranked, relevant, 4)).isCloseTo(1.5 / ideal, within(1e-12));
        assertThat(Metrics.ndcg(List.of("a", "b", "c"), relevant, 4)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void averagesPerMemberAndCountsCoverage() {
        Metrics m = new Metrics(2);
        m.add(List.of("a", "b", "c"), Set.of("c"));   // c is beyond k = 2: a miss
        m.add(List.of("d"), Set.of("d", "e"));        // recall 0.5, precision 0.5, mrr 1
        m.add(List.of(), Set.of("f"));                // nothing suggested: not covered
        Map<String, Object> f = m.figures(10);
        assertThat(f.get("recall@2")).isEqualTo(0.1667);
        assertThat(f.get("precision@2")).isEqualTo(0.1667);
        assertThat(f.get("mrr")).isEqualTo(0.3333);
        assertThat(f.get("coverage")).isEqualTo(0.6667);
        assertThat(f.get("catalog_coverage")).isEqualTo(0.3);
        assertThat(f.get("members")).isEqualTo(3L);
    }

    @Test
    void holdoutIsSeededAndKeepsEveryMemberConnected() {
        List<EdgeSplit.Edge> edges = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            for (int j = i + 1; j < 40; j += 3) {
                edges.add(EdgeSplit.Edge.of("m" + i, "m" + j, null));
            }
        }
        edges.add(EdgeSplit.Edge.of("lonely", "m1", null));
        EdgeSplit.Split a = EdgeSplit.holdout(edges, 0.1, 42);
        EdgeSplit.Split b = EdgeSplit.holdout(edges, 0.1, 42);
        assertThat(a.test()).isEqualTo(b.test()).hasSize(Math.round(edges.size() * 0.1f));
        assertThat(EdgeSplit.holdout(edges, 0.1, 43).test()).isNotEqualTo(a.test());
        assertThat(a.train().size() + a.test().size()).isEqualTo(edges.size());
        Set<String> all = new java.util.HashSet<>();
        edges.forEach(e -> { all.add(e.a()); all.add(e.b()); });
        Set<String> kept = new java.util.HashSet<>();
        a.train().forEach(e -> { kept.add(e.a()); kept.add(e.b()); });
        assertThat(kept).isEqualTo(all);
    }

    /**
     * {@code evaluate --protocol time}: the hidden share is the newest connections (by their date, the line here),
     * never a member's last one; nothing kept is newer than what is hidden, except a member's last connection.
     */
    @Test
    void theTimeProtocolHidesTheNewestConnections() {
        List<EdgeSplit.Edge> edges = new java.util.ArrayList<>();
        int day = 0;
        for (int i = 0; i < 40; i++) {
            for (int j = i + 1; j < 40; j += 3) {
                edges.add(EdgeSplit.Edge.of("m" + i, "m" + j, Integer.toString(day++ * 7 % 1000)));
            }
        }
        // The newest connection of all is this member's only one: it stays.
        edges.add(EdgeSplit.Edge.of("lonely", "m1", "5000"));
        java.util.function.ToLongFunction<EdgeSplit.Edge> date = e -> Long.parseLong(e.line());
        EdgeSplit.Split split = EdgeSplit.newest(edges, 0.1, 42, date);
        assertThat(split.test()).hasSize(Math.round(edges.size() * 0.1f)).doesNotContain(edges.get(edges.size() - 1));
        assertThat(split.train()).contains(edges.get(edges.size() - 1));
        long oldestHidden = split.test().stream().mapToLong(date).min().orElseThrow();
        List<EdgeSplit.Edge> newerKept = split.train().stream().filter(e -> date.applyAsLong(e) > oldestHidden).toList();
        assertThat(newerKept).containsExactly(edges.get(edges.size() - 1));
        // The seed only breaks ties between equal dates: another seed hides the same connections here.
        assertThat(new java.util.HashSet<>(EdgeSplit.newest(edges, 0.1, 7, date).test())).isEqualTo(new java.util.HashSet<>(split.test()));
    }
}
