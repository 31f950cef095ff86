package app.rapport.tools.evaluation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Top-k ranking quality of one method over many members, averaged per member: Recall@k (hidden
 * connections found / hidden connections), Precision@k (found / k), NDCG@k (binary relevance, log2
 * discount, ideal = all hidden ones first), MRR (1 / rank of the first hidden connection within the top
 * k, 0 when none) and coverage (share of members who got at least one suggestion); also catalogue
 * coverage (distinct members suggested / members in the graph).
 */
final class Metrics {

    private final int k;
    private double recall;
    private double precision;
    private double ndcg;
    private double mrr;
    private long members;
    private long covered;
    private final Set<String> suggested = new HashSet<>();

    Metrics(int k) {
        this.k = k;
    }

    void add(List<String> ranked, Set<String> relevant) {
        List<String> top = ranked.size() > k ? ranked.subList(0, k) : ranked;
        members++;
        if (!top.isEmpty()) {
            covered++;
        }
        suggested.addAll(top);
        recall += recall(top, relevant);
        precision += precision(top, relevant, k);
        ndcg += ndcg(top, relevant, k);
        mrr += reciprocalRank(top, relevant);
    }

    static double recall(List<String> top, Set<String> relevant) {
        return relevant.isEmpty() ? 0 : (double) hits(top, relevant) / relevant.size();
    }

    static double precision(List<String> top, Set<String> relevant, int k) {
        return (double) hits(top, relevant) / k;
    }

    static double ndcg(List<String> top, Set<String> relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < top.size(); i++) {
            if (relevant.contains(top.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    static double reciprocalRank(List<String> top, Set<String> relevant) {
        for (int i = 0; i < top.size(); i++) {
            if (relevant.contains(top.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static long hits(List<String> top, Set<String> relevant) {
        return top.stream().filter(relevant::contains).count();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    long members() {
        return members;
    }

    double recall() {
        return members == 0 ? 0 : recall / members;
    }

    /** The figures under the §12 key names ({@code recall@10}, …, {@code mrr}, {@code coverage}). */
    Map<String, Object> figures(int graphSize) {
        Map<String, Object> m = new LinkedHashMap<>();
        double n = Math.max(1, members);
        m.put("recall@" + k, round(recall / n));
        m.put("precision@" + k, round(precision / n));
        m.put("ndcg@" + k, round(ndcg / n));
        m.put("mrr", round(mrr / n));
        m.put("coverage", round(covered / n));
        m.put("catalog_coverage", round(graphSize == 0 ? 0 : (double) suggested.size() / graphSize));
        m.put("members", members);
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
