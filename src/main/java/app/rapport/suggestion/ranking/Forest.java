package app.rapport.suggestion.ranking;

/**
 * A {@link TreeModel} laid out for serving: every tree padded to a complete binary tree of the forest's depth
 * (heap order: the children of node i are 2i + 1 and 2i + 2), so a row reaches its leaf in exactly {@code depth}
 * steps with no leaf test and no child arrays; a leaf the model has above the full depth is copied into every
 * slot below it, so whichever way the padding goes, the value is the same. Split features are bytes and
 * thresholds 32-bit keys: a 100-tree depth-4 forest is ~20 KB, which stays in the first-level cache while stage 1
 * streams the graph through the others (the trees' cost was mostly cache misses on {@link TreeModel}'s ~80 KB
 * of node arrays). A step is arithmetic, not a branch: a float's {@link #key} orders as the float does, so
 * "x &lt; threshold" is the sign of a subtraction, and no walk waits on a mispredicted jump (a row's 400 splits
 * go either way at random).
 * <p>
 * The scores are exactly {@link TreeModel#score}'s: the same comparisons of 32-bit floats, the same leaf values, summed in
 * the same order (four trees at a time; walked eight side by side). A row holding a NaN follows XGBoost's default directions, which the
 * padded layout does not keep, so such a row (none of the {@code Features} rows today) is scored by the
 * {@link TreeModel} itself.
 */
public final class Forest {

    /** Deeper forests would pad to too many slots: those are served by the {@link TreeModel} walk. */
    static final int MAX_DEPTH = 10;

    private final TreeModel model;
    private final int width;
    private final int depth;
    private final int inner;
    private final double base;
    private final int trees;
    private final byte[] feature;
    private final int[] threshold;
    private final double[] leaf;

    private Forest(TreeModel model, int depth) {
        this.model = model;
        this.width = model.features().size();
        this.depth = depth;
        this.inner = (1 << depth) - 1;
        this.base = model.base();
        this.trees = model.trees();
        this.feature = new byte[trees * inner];
        this.threshold = new int[trees * inner];
        this.leaf = new double[trees << depth];
        for (int t = 0; t < trees; t++) {
            fill(model.roots()[t], t, 0, 0);
        }
    }

    /** The serving layout of {@code model}, or null when it cannot be padded (too deep, too many features). */
    public static Forest of(TreeModel model) {
        int depth = 0;
        for (int root : model.roots()) {
            depth = Math.max(depth, depth(model, root));
        }
        return depth > MAX_DEPTH || model.features().size() > Byte.MAX_VALUE ? null : new Forest(model, depth);
    }

    private static int depth(TreeModel m, int n) {
        return m.left()[n] < 0 ? 0 : 1 + Math.max(depth(m, m.left()[n]), depth(m, m.right()[n]));
    }

    /** Copies node {@code n} of the model into slot {@code slot} (heap order) of tree {@code t} at {@code level}. */
    private void fill(int n, int t, int slot, int level) {
        if (level == depth) {
            leaf[(t << depth) + slot - inner] = model.value()[n];
            return;
        }
        boolean isLeaf = model.left()[n] < 0;
        // Padding under a leaf: any split will do, both sides hold the leaf's value.
        feature[t * inner + slot] = isLeaf ? 0 : (byte) model.feature()[n];
        threshold[t * inner + slot] = isLeaf ? 0 : key(model.threshold()[n]);
        fill(isLeaf ? n : model.left()[n], t, 2 * slot + 1, level + 1);
        fill(isLeaf ? n : model.right()[n], t, 2 * slot + 2, level + 1);
    }

    /** Scores {@code rows} rows of {@code x} (row r starts at {@code r * width}) into {@code out}; no allocation per row. */
    public void scores(double[] x, int rows, double[] out) {
        int[] row = new int[width];
        for (int r = 0; r < rows; r++) {
            out[r] = keys(x, r * width, row) ? score(row) : model.score(x, r * width);
        }
    }

    /**
     * An int that orders as the float does, for every float but NaN: the float's bits, with the magnitude bits of a
     * negative one flipped; −0 is first made +0 (the two are equal as floats, not as bits).
     */
    static int key(float v) {
        int bits = Float.floatToRawIntBits(v + 0.0f);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    /** The row as XGBoost reads it (32-bit floats), as keys; false when it holds a NaN. */
    private boolean keys(double[] x, int offset, int[] row) {
        boolean noNaN = true;
        for (int j = 0; j < width; j++) {
            float v = (float) x[offset + j];
            noNaN &= v == v;
            row[j] = key(v);
        }
        return noNaN;
    }

    private double score(int[] row) {
        double s = base;
        int t = 0;
        // Eight independent walks at a time, summed four by four as TreeModel sums them (bit for bit the same result).
        for (; t + 7 < trees; t += 8) {
            s = eight(t, row, s);
        }
        for (; t + 3 < trees; t += 4) {
            s += four(t, row);
        }
        for (; t < trees; t++) {
            s += leafOf(t, row);
        }
        return s;
    }

    /**
     * Trees t..t+3 walked level by level side by side: four chains of dependent loads written next to each other, so
     * the processor has the next step of the other three to do while one waits (as four calls of {@link #leafOf} one
     * after the other, the walks overlapped far less). The four leaves are summed in tree order.
     */
    private double four(int t, int[] row) {
        int a = t * inner;
        int b = a + inner;
        int c = b + inner;
        int d = c + inner;
        int sa = 0;
        int sb = 0;
        int sc = 0;
        int sd = 0;
        for (int level = 0; level < depth; level++) {
            sa = 2 * sa + 2 - less(row, a + sa);
            sb = 2 * sb + 2 - less(row, b + sb);
            sc = 2 * sc + 2 - less(row, c + sc);
            sd = 2 * sd + 2 - less(row, d + sd);
        }
        return leaf[(t << depth) + sa - inner] + leaf[((t + 1) << depth) + sb - inner] + leaf[((t + 2) << depth) + sc - inner]
                + leaf[((t + 3) << depth) + sd - inner];
    }

    /** As {@link #four} for trees t..t+7: returns {@code s + (leaves t..t+3) + (leaves t+4..t+7)}, added in that order. */
    private double eight(int t, int[] row, double s) {
        int a = t * inner;
        int sa = 0, sb = 0, sc = 0, sd = 0, se = 0, sf = 0, sg = 0, sh = 0;
        for (int level = 0; level < depth; level++) {
            sa = 2 * sa + 2 - less(row, a + sa);
            sb = 2 * sb + 2 - less(row, a + inner + sb);
            sc = 2 * sc + 2 - less(row, a + 2 * inner + sc);
            sd = 2 * sd + 2 - less(row, a + 3 * inner + sd);
            se = 2 * se + 2 - less(row, a + 4 * inner + se);
            sf = 2 * sf + 2 - less(row, a + 5 * inner + sf);
            sg = 2 * sg + 2 - less(row, a + 6 * inner + sg);
            sh = 2 * sh + 2 - less(row, a + 7 * inner + sh);
        }
        int l = (t << depth) - inner;
        int w = 1 << depth;
        s += leaf[l + sa] + leaf[l + w + sb] + leaf[l + 2 * w + sc] + leaf[l + 3 * w + sd];
        return s + (leaf[l + 4 * w + se] + leaf[l + 5 * w + sf] + leaf[l + 6 * w + sg] + leaf[l + 7 * w + sh]);
    }

    /** 1 when the row's value is below node {@code n}'s threshold (the sign of their difference, in 64 bits): go left. */
    private int less(int[] row, int n) {
        return (int) (((long) row[feature[n]] - threshold[n]) >>> 63);
    }

    private double leafOf(int t, int[] row) {
        int at = t * inner;
        int slot = 0;
        for (int level = 0; level < depth; level++) {
            slot = 2 * slot + 2 - less(row, at + slot);
        }
        return leaf[(t << depth) + slot - inner];
    }
}
