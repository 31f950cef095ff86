package app.rapport.suggestion.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;

/**
 * The trees as served (read from XGBoost's JSON, evaluated in Java) score exactly as XGBoost does, and their
 * path attributions plus the bias add up to the score; the linear model's parts too.
 */
class TreeModelTest {

    private static final List<String> FEATURES = List.of("a", "b", "c", "d");

    /** 40 groups of 20 rows; the label depends on a and b (and a bit of noise), c and d are noise. */
    static TrainingData data(long seed) {
        Random r = new Random(seed);
        TrainingData data = new TrainingData(FEATURES.size());
        for (int g = 0; g < 40; g++) {
            double[] x = new double[20 * 4];
            float[] y = new float[20];
            for (int i = 0; i < 20; i++) {
                for (int j = 0; j < 4; j++) {
                    x[i * 4 + j] = r.nextGaussian();
                }
                y[i] = x[i * 4] + 0.5 * x[i * 4 + 1] + 0.3 * r.nextGaussian() > 1 ? 1 : 0;
            }
            data.add(x, y, 1f);
        }
        return data;
    }

    @Test
    void javaScoresEqualXgboostMarginsAndPartsAddUp() throws Exception {
        TrainingData data = data(1);
        float[] flat = new float[(int) data.rows() * 4];
        float[] labels = new float[(int) data.rows()];
        int[] groups = new int[data.groups()];
        int at = 0;
        int row = 0;
        for (int g = 0; g < data.groups(); g++) {
            for (double v : data.x(g)) {
                flat[at++] = (float) v;
            }
            System.arraycopy(data.y(g), 0, labels, row, data.y(g).length);
            row += data.y(g).length;
            groups[g] = data.y(g).length;
        }
        DMatrix m = new DMatrix(flat, labels.length, 4, Float.NaN);
        m.setLabel(labels);
        m.setGroup(groups);
        Booster booster = XGBoost.train(m, TreeTrainer.params(7, 1), 30, Map.of(), null, null);
        try {
            TreeModel model = TreeTrainer.export(new String(booster.toByteArray("json"), StandardCharsets.UTF_8), FEATURES);
            float[][] margins = booster.predict(m, true);
            assertThat(model.trees()).isEqualTo(30);
            double[] x = new double[4];
            double[] parts = new double[4];
            for (int i = 0; i < labels.length; i++) {
                for (int j = 0; j < 4; j++) {
                    x[j] = flat[i * 4 + j];
                }
                double score = model.score(x, 0);
                assertThat(score).isCloseTo(margins[i][0], within(1e-4));
                double bias = model.contributions(x, 0, parts);
                assertThat(bias + parts[0] + parts[1] + parts[2] + parts[3]).isCloseTo(score, within(1e-9));
            }
        } finally {
            booster.dispose();
            m.dispose();
        }
    }

    @Test
    void theTrainerLearnsWhatDrivesTheLabel() {
        TreeModel trees = TreeTrainer.train(data(2), FEATURES, 7, 1, built -> {
        });
        LinearModel linear = LinearTrainer.train(data(2), FEATURES, 7);
        double[] parts = new double[4];
        for (Model model : List.<Model>of(trees, linear)) {
            // Higher a ranks higher, all else equal; c (noise) matters far less than a.
            assertThat(model.score(new double[] {2, 0, 0, 0}, 0)).as(model.kind()).isGreaterThan(model.score(new double[] {-2, 0, 0, 0}, 0));
            double bias = model.contributions(new double[] {2, 1, 0.5, -0.5}, 0, parts);
            assertThat(bias + parts[0] + parts[1] + parts[2] + parts[3]).as(model.kind())
                    .isCloseTo(model.score(new double[] {2, 1, 0.5, -0.5}, 0), within(1e-9));
            assertThat(Math.abs(parts[0])).as(model.kind()).isGreaterThan(Math.abs(parts[2]));
        }
        assertThat(linear.weights()[0]).isGreaterThan(0);
    }
}
