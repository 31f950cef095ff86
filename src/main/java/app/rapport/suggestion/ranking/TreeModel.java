package app.rapport.suggestion.ranking;

import java.util.List;

/**
 * A forest of regression trees (XGBoost's, exported as JSON and evaluated here in Java, so serving never calls
 * the native library): score = base + Σ over trees of the leaf a row reaches. A row goes left when its feature,
 * as a 32-bit float like XGBoost reads it, is below the split value (a missing value follows the tree's default
 * direction).
 * <p>
 * Contributions are path attributions (Saabas): every node has a value, the hessian-weighted mean of the leaves
 * below it; each split on the row's path credits its feature with value(child) − value(node). Along a path these
 * telescope to leaf − root, so bias (base + Σ roots) plus all contributions is exactly the score, at the cost
 * of one walk per tree (exact TreeSHAP costs leaves × depth² per tree).
 *
 * @param features     column names
 * @param base         the model's base score
 * @param roots        node index of each tree's root in the node arrays
 * @param left         left child per node, -1 for a leaf
 * @param right        right child per node
 * @param feature      split feature per node
 * @param threshold    split value per node
 * @param defaultLeft  where a missing value goes
 * @param value        leaf value (leaves) or hessian-weighted mean of the leaves below (inner nodes)
 */
public record TreeModel(List<String> features, double base, int[] roots, int[] left, int[] right, int[] feature,
        float[] threshold, boolean[] defaultLeft, double[] value) implements Model {

    public TreeModel {
        features = List.copyOf(features);
        int nodes = left.length;
        if (right.length != nodes || feature.length != nodes || threshold.length != nodes || defaultLeft.length != nodes
                || value.length != nodes) {
            throw new IllegalArgumentException("tree node arrays differ in length");
        }
        for (int n = 0; n < nodes; n++) {
            if (left[n] >= nodes || right[n] >= nodes || (left[n] >= 0 && (feature[n] < 0 || feature[n] >= features.size()))) {
                throw new IllegalArgumentException("tree node " + n + " points outside the model");
            }
        }
    }

    @Override
    public String kind() {
        return "trees";
    }

    /** Number of trees. */
    public int trees() {
        return roots.length;
    }

    /**
     * Walks four trees at a time: the four walks are independent, so the processor overlaps their dependent
     * loads and compares instead of waiting on one walk's chain (this is most of a learned list's cost:
     * 300 candidates × 100 trees). No allocation.
     */
    @Override
    public double score(double[] x, int offset) {
        double s = base;
        int t = 0;
        for (; t + 3 < roots.length; t += 4) {
            int a = roots[t];
            int b = roots[t + 1];
            int c = roots[t + 2];
            int d = roots[t + 3];
            // Until all four reached a leaf (the AND of four child indices is negative only when all are -1).
            while ((left[a] & left[b] & left[c] & left[d]) >= 0) {
                a = step(a, x, offset);
                b = step(b, x, offset);
                c = step(c, x, offset);
                d = step(d, x, offset);
            }
            s += value[a] + value[b] + value[c] + value[d];
        }
        for (; t < roots.length; t++) {
            s += value[leaf(roots[t], x, offset)];
        }
        return s;
    }

    private int step(int n, double[] x, int offset) {
        return left[n] < 0 ? n : next(n, x, offset);
    }

    @Override
    public double contributions(double[] x, int offset, double[] out) {
        java.util.Arrays.fill(out, 0, features.size(), 0);
        double bias = base;
        for (int root : roots) {
            bias += value[root];
            int n = root;
            while (left[n] >= 0) {
                int next = next(n, x, offset);
                out[feature[n]] += value[next] - value[n];
                n = next;
            }
        }
        return bias;
    }

    private int leaf(int n, double[] x, int offset) {
        while (left[n] >= 0) {
            n = next(n, x, offset);
        }
        return n;
    }

    private int next(int n, double[] x, int offset) {
        float v = (float) x[offset + feature[n]];
        if (Float.isNaN(v)) {
            return defaultLeft[n] ? left[n] : right[n];
        }
        return v < threshold[n] ? left[n] : right[n];
    }
}
