package app.rapport.suggestion.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The serving layout scores every row bit for bit as the {@link TreeModel} it was made from: on XGBoost's own
 * trees, on hand-made unbalanced ones, and on the awkward values (a row exactly at a threshold, −0, infinities,
 * NaN, which follows XGBoost's default direction).
 */
class ForestTest {

    private static final List<String> FEATURES = List.of("a", "b", "c", "d");

    @Test
    void xgboostTreesScoreExactlyAsTheModel() {
        Random r = new Random(3);
        TrainingData data = TreeModelTest.data(3);
        TreeModel model = TreeTrainer.train(data, FEATURES, 7, 1, built -> {
        });
        assertThat(model.trees()).isEqualTo(TreeTrainer.ROUNDS);
        assertSameScores(model, rows(model, r, 2_000));
        // 100 trees: twelve groups of eight, one of four. 99: twelve of eight, then three walked one by one.
        TreeModel odd = new TreeModel(FEATURES, model.base(), java.util.Arrays.copyOf(model.roots(), 99), model.left(), model.right(),
                model.feature(), model.threshold(), model.defaultLeft(), model.value());
        assertSameScores(odd, rows(odd, r, 500));
    }

    @Test
    void unbalancedTreesAndAwkwardValues() {
        // Tree 0: a < 1 ? leaf 0.5 : (b < -2 ? (c < 0 ? 1.25 : -0.75) : leaf 2). Tree 1: a single leaf -0.125.
        // Tree 2: d < 0 ? 0.25 : 0.375, NaN goes right.
        int[] roots = {0, 7, 8};
        int[] left = {1, -1, 3, 5, -1, -1, -1, -1, 9, -1, -1};
        int[] right = {2, -1, 4, 6, -1, -1, -1, -1, 10, -1, -1};
        int[] feature = {0, 0, 1, 2, 0, 0, 0, 0, 3, 0, 0};
        float[] threshold = {1f, 0, -2f, 0f, 0, 0, 0, 0, 0f, 0, 0};
        boolean[] defaultLeft = {true, false, false, true, false, false, false, false, false, false, false};
        double[] value = {0.7, 0.5, 1.1, 0.2, 2, 1.25, -0.75, -0.125, 0.3, 0.25, 0.375};
        TreeModel model = new TreeModel(FEATURES, 0.1, roots, left, right, feature, threshold, defaultLeft, value);
        double[][] awkward = {
                {1, -2, 0, 0}, {0.999999, -2.0000001, -0.0, -0.0}, {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e300, -1e-300},
                {Double.NaN, 0, 0, 0}, {5, -5, Double.NaN, Double.NaN}, {5, 5, 5, Double.NaN}, {5, -5, Math.nextDown(0.0), 0}};
        double[] x = new double[awkward.length * 4];
        for (int i = 0; i < awkward.length; i++) {
            System.arraycopy(awkward[i], 0, x, i * 4, 4);
        }
        assertSameScores(model, x);
        double[] random = rows(model, new Random(5), 300);
        assertSameScores(model, random);
    }

    @Test
    void keysOrderAsTheFloatsDo() {
        float[] special = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY,
                Float.NEGATIVE_INFINITY, 1f, -1f, Math.nextUp(1f), Math.nextDown(-1f)};
        Random r = new Random(8);
        float[] values = new float[special.length + 2_000];
        System.arraycopy(special, 0, values, 0, special.length);
        for (int i = special.length; i < values.length; i++) {
            values[i] = r.nextBoolean() ? (float) r.nextGaussian() * 10 : Float.intBitsToFloat(r.nextInt());
            values[i] = Float.isNaN(values[i]) ? 0 : values[i];
        }
        for (float a : values) {
            for (int k = 0; k < 50; k++) {
                float b = values[r.nextInt(values.length)];
                assertThat(Forest.key(a) < Forest.key(b)).as("%s < %s", a, b).isEqualTo(a < b);
            }
            for (float b : special) {
                assertThat(Forest.key(a) < Forest.key(b)).as("%s < %s", a, b).isEqualTo(a < b);
            }
        }
    }

    /** Random rows, a quarter of their values set exactly at one of the model's thresholds. */
    private static double[] rows(TreeModel model, Random r, int n) {
        double[] x = new double[n * 4];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextInt(4) == 0 ? model.threshold()[r.nextInt(model.threshold().length)] : r.nextGaussian() * 3;
        }
        return x;
    }

    private static void assertSameScores(TreeModel model, double[] x) {
        Forest forest = Forest.of(model);
        assertThat(forest).isNotNull();
        int rows = x.length / 4;
        double[] out = new double[rows];
        forest.scores(x, rows, out);
        for (int i = 0; i < rows; i++) {
            assertThat(Double.doubleToLongBits(out[i])).as("row %d", i).isEqualTo(Double.doubleToLongBits(model.score(x, i * 4)));
        }
    }
}
