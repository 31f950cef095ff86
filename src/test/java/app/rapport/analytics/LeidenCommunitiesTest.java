package app.rapport.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Leiden on graphs with planted communities: it must find them again, and the modularity it reports must
 * be the one computed here from the definition, independently of the library.
 */
class LeidenCommunitiesTest {

    /** Four planted groups of 60, dense inside (p = 0.25), sparse between (p = 0.01), seeded. */
    @Test
    void recoversPlantedCommunitiesAndReportsTheirModularity() {
        int groups = 4;
        int size = 60;
        int n = groups * size;
        int[] planted = new int[n];
        for (int v = 0; v < n; v++) {
            planted[v] = v / size;
        }
        Random random = new Random(7);
        List<int[]> edges = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                double p = planted[a] == planted[b] ? 0.25 : 0.01;
                if (random.nextDouble() < p) {
                    edges.add(new int[] {a, b});
                }
            }
        }
        int[] from = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] to = edges.stream().mapToInt(e -> e[1]).toArray();

        LeidenCommunities.Result result = LeidenCommunities.detect(n, from, to, 42);

        assertThat(nmi(planted, result.cluster())).isGreaterThanOrEqualTo(0.9);
        assertThat(result.count()).isEqualTo(groups);
        assertThat(result.modularity()).isCloseTo(modularity(result.cluster(), from, to, n), within(1e-9));
        // The planted partition is (near) optimal, so Leiden's cannot be much worse; here it is well above 0.6.
        assertThat(result.modularity()).isGreaterThan(modularity(planted, from, to, n) - 1e-3).isGreaterThan(0.6);
        assertThat(Arrays.stream(result.sizes()).sum()).isEqualTo(n);
        assertThat(result.sizes()).isSortedAccordingTo((x, y) -> Integer.compare(y, x));
        // Seeded: the same graph gives the same communities.
        assertThat(LeidenCommunities.detect(n, from, to, 42).cluster()).isEqualTo(result.cluster());
    }

    /** Two disjoint cliques joined by nothing, plus an isolated node: three communities, modularity by hand. */
    @Test
    void splitsComponentsAndKnowsTheModularityOfTwoCliques() {
        // Two 4-cliques (6 edges each, m = 12), node 8 isolated. Q = 2 × (6/12 − (12/24)²) = 0.5.
        List<int[]> edges = new ArrayList<>();
        for (int base : new int[] {0, 4}) {
            for (int a = 0; a < 4; a++) {
                for (int b = a + 1; b < 4; b++) {
                    edges.add(new int[] {base + a, base + b});
                }
            }
        }
        LeidenCommunities.Result result = LeidenCommunities.detect(9, edges.stream().mapToInt(e -> e[0]).toArray(),
                edges.stream().mapToInt(e -> e[1]).toArray(), 1);
        assertThat(result.count()).isEqualTo(3);
        assertThat(result.modularity()).isCloseTo(0.5, within(1e-12));
        assertThat(result.sizes()).containsExactly(4, 4, 1);
    }

    @Test
    void noEdgesNoModularity() {
        LeidenCommunities.Result result = LeidenCommunities.detect(3, new int[0], new int[0], 1);
        assertThat(result.modularity()).isNull();
        assertThat(result.count()).isEqualTo(3);
        assertThat(LeidenCommunities.detect(0, new int[0], new int[0], 1).count()).isZero();
    }

    /** Newman's modularity: Σ_c (L_c / m − (K_c / 2m)²). */
    static double modularity(int[] cluster, int[] from, int[] to, int n) {
        double m = from.length;
        Map<Integer, Double> inside = new HashMap<>();
        Map<Integer, Double> degree = new HashMap<>();
        for (int i = 0; i < from.length; i++) {
            if (cluster[from[i]] == cluster[to[i]]) {
                inside.merge(cluster[from[i]], 1.0, Double::sum);
            }
            degree.merge(cluster[from[i]], 1.0, Double::sum);
            degree.merge(cluster[to[i]], 1.0, Double::sum);
        }
        double q = 0;
        for (Map.Entry<Integer, Double> e : degree.entrySet()) {
            double k = e.getValue() / (2 * m);
            q += inside.getOrDefault(e.getKey(), 0.0) / m - k * k;
        }
        return q;
    }

    /** Normalised mutual information, 2 I(X;Y) / (H(X) + H(Y)). */
    static double nmi(int[] x, int[] y) {
        int n = x.length;
        Map<Integer, Integer> cx = new HashMap<>();
        Map<Integer, Integer> cy = new HashMap<>();
        Map<Long, Integer> joint = new HashMap<>();
        for (int i = 0; i < n; i++) {
            cx.merge(x[i], 1, Integer::sum);
            cy.merge(y[i], 1, Integer::sum);
            joint.merge(((long) x[i] << 32) | y[i], 1, Integer::sum);
        }
        double mutual = 0;
        for (Map.Entry<Long, Integer> e : joint.entrySet()) {
            double pxy = e.getValue() / (double) n;
            double px = cx.get((int) (e.getKey() >> 32)) / (double) n;
            double py = cy.get((int) (long) e.getKey()) / (double) n;
            mutual += pxy * Math.log(pxy / (px * py));
        }
        return 2 * mutual / (entropy(cx, n) + entropy(cy, n));
    }

    private static double entropy(Map<Integer, Integer> counts, int n) {
        return counts.values().stream().mapToDouble(c -> c / (double) n).map(p -> -p * Math.log(p)).sum();
    }
}
