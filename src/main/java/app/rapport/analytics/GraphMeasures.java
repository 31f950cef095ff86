package app.rapport.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * The network report's measures on a {@link CompactGraph}, with the definitions and defaults of JGraphT 1.5
 * (which computed them before, and which {@code GraphMeasuresTest} still checks them against): written over
 * primitive arrays because JGraphT's object graph did not fit in memory at 5M connections.
 */
final class GraphMeasures {

    /** JGraphT's {@code PageRank} defaults. */
    static final double DAMPING = 0.85;
    static final int MAX_ITERATIONS = 100;
    static final double TOLERANCE = 0.0001;

    private GraphMeasures() {
    }

    /** Clustering: the mean of the local coefficients (0 below degree 2), and 3 × triangles ÷ connected triples. */
    record Clustering(double average, double global) {
    }

    static Clustering clustering(CompactGraph g) {
        int n = g.vertices();
        long[] triangles = triangles(g);
        double sum = 0;
        double triples = 0;
        long total = 0;
        for (int v = 0; v < n; v++) {
            long d = g.degree(v);
            triples += d * (d - 1) / 2.0;
            total += triangles[v];
            if (d > 1) {
                sum += 2.0 * triangles[v] / (d * (d - 1));
            }
        }
        double average = n == 0 ? 0 : sum / n;
        // Each triangle was counted at its three corners: total = 3 × triangles.
        double global = triples == 0 ? 0 : total / triples;
        return new Clustering(average, global);
    }

    /**
     * Triangles through each vertex. Each connection is directed from the lower to the higher (degree, id) rank
     * and a triangle is found once, at its lowest corner, by intersecting two sorted out-lists: O(m^1.5) at
     * worst, never a hub's full neighbourhood squared.
     */
    static long[] triangles(CompactGraph g) {
        int n = g.vertices();
        int[] outStart = new int[n + 1];
        for (int v = 0; v < n; v++) {
            int count = 0;
            for (int i = g.firstNeighbour(v), end = i + g.degree(v); i < end; i++) {
                if (before(g, v, g.neighbourAt(i))) {
                    count++;
                }
            }
            outStart[v + 1] = outStart[v] + count;
        }
        int[] out = new int[outStart[n]];
        for (int v = 0, k = 0; v < n; v++) {
            for (int i = g.firstNeighbour(v), end = i + g.degree(v); i < end; i++) {
                if (before(g, v, g.neighbourAt(i))) {
                    out[k++] = g.neighbourAt(i);   // stays sorted by id
                }
            }
        }
        long[] triangles = new long[n];
        for (int v = 0; v < n; v++) {
            for (int i = outStart[v]; i < outStart[v + 1]; i++) {
                int u = out[i];
                int a = outStart[v];
                int b = outStart[u];
                while (a < outStart[v + 1] && b < outStart[u + 1]) {
                    if (out[a] < out[b]) {
                        a++;
                    } else if (out[a] > out[b]) {
                        b++;
                    } else {
                        triangles[v]++;
                        triangles[u]++;
                        triangles[out[a]]++;
                        a++;
                        b++;
                    }
                }
            }
        }
        return triangles;
    }

    private static boolean before(CompactGraph g, int v, int u) {
        int dv = g.degree(v);
        int du = g.degree(u);
        return dv < du || (dv == du && v < u);
    }

    /** The sizes of the connected components, in the order of their lowest vertex. */
    static List<Integer> componentSizes(CompactGraph g) {
        int n = g.vertices();
        boolean[] seen = new boolean[n];
        int[] queue = new int[n];
        List<Integer> sizes = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (seen[s]) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            seen[s] = true;
            while (head < tail) {
                int v = queue[head++];
                for (int i = g.firstNeighbour(v), end = i + g.degree(v); i < end; i++) {
                    int u = g.neighbourAt(i);
                    if (!seen[u]) {
                        seen[u] = true;
                        queue[tail++] = u;
                    }
                }
            }
            sizes.add(tail);
        }
        return sizes;
    }

    /**
     * PageRank as JGraphT computes it on an undirected graph: every connection both ways, a vertex without
     * connections spreads its score evenly, at most {@link #MAX_ITERATIONS} rounds until no score moves by
     * {@link #TOLERANCE} or more.
     */
    static double[] pageRank(CompactGraph g) {
        int n = g.vertices();
        double[] score = new double[n];
        double[] next = new double[n];
        java.util.Arrays.fill(score, 1.0 / n);
        double maxChange = TOLERANCE;
        for (int round = 0; round < MAX_ITERATIONS && maxChange >= TOLERANCE; round++) {
            double r = 0;
            for (int v = 0; v < n; v++) {
                r += g.degree(v) > 0 ? (1 - DAMPING) * score[v] : score[v];
            }
            r /= n;
            maxChange = 0;
            for (int v = 0; v < n; v++) {
                double contribution = 0;
                for (int i = g.firstNeighbour(v), end = i + g.degree(v); i < end; i++) {
                    int w = g.neighbourAt(i);
                    contribution += DAMPING * score[w] / g.degree(w);
                }
                double value = r + contribution;
                maxChange = Math.max(maxChange, Math.abs(value - score[v]));
                next[v] = value;
            }
            double[] swap = score;
            score = next;
            next = swap;
        }
        return score;
    }
}
