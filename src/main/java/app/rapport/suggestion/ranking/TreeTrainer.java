package app.rapport.suggestion.ranking;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * XGBoost {@code rank:ndcg} (LambdaMART) with the research's settings: 100 trees of depth 4, η 0.1, top-k pairs
 * (10 per row), linear gain, 80 % row and column sampling, histogram splits, seeded. Groups are members. The
 * booster is then exported as JSON and read into a {@link TreeModel}, so the native library is needed only
 * here, never per request.
 */
public final class TreeTrainer {

    public static final int ROUNDS = 100;
    public static final int DEPTH = 4;
    private static final int CHUNK = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TreeTrainer() {
    }

    /**
     * @param threads XGBoost's OpenMP threads (at most the cores the machine can spare)
     * @param rounds  called with the number of trees built so far, every few trees
     */
    public static TreeModel train(TrainingData data, List<String> features, long seed, int threads, IntConsumer rounds) {
        DMatrix matrix = null;
        Booster booster = null;
        try {
            matrix = matrix(data);
            Map<String, Object> params = params(seed, threads);
            for (int built = 0; built < ROUNDS; built += CHUNK) {
                // Continues the same booster CHUNK trees at a time, so a progress bar can follow.
                booster = XGBoost.train(matrix, params, Math.min(CHUNK, ROUNDS - built), Map.of(), null, null, null, 0, booster);
                rounds.accept(built + Math.min(CHUNK, ROUNDS - built));
            }
            return export(new String(booster.toByteArray("json"), StandardCharsets.UTF_8), features);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
        } finally {
            if (booster != null) {
                booster.dispose();
            }
            if (matrix != null) {
                matrix.dispose();
            }
        }
    }

    static Map<String, Object> params(long seed, int threads) {
        Map<String, Object> p = new HashMap<>();
        p.put("objective", "rank:ndcg");
        p.put("lambdarank_pair_method", "topk");
        p.put("lambdarank_num_pair_per_sample", 10);
        p.put("ndcg_exp_gain", false);
        p.put("eta", 0.1);
        p.put("max_depth", DEPTH);
        p.put("min_child_weight", 1.0);
        p.put("subsample", 0.8);
        p.put("colsample_bytree", 0.8);
        p.put("lambda", 1.0);
        p.put("tree_method", "hist");
        p.put("nthread", threads);
        p.put("seed", (int) seed);
        p.put("verbosity", 0);
        return p;
    }

    private static DMatrix matrix(TrainingData data) throws XGBoostError {
        float[] flat = new float[Math.toIntExact(data.rows() * data.width())];
        float[] labels = new float[Math.toIntExact(data.rows())];
        int[] groups = new int[data.groups()];
        float[] weights = new float[data.groups()];
        int at = 0;
        int row = 0;
        for (int g = 0; g < data.groups(); g++) {
            double[] x = data.x(g);
            for (double v : x) {
                flat[at++] = (float) v;
            }
            float[] y = data.y(g);
            System.arraycopy(y, 0, labels, row, y.length);
            row += y.length;
            groups[g] = y.length;
            weights[g] = data.weight(g);
        }
        DMatrix m = new DMatrix(flat, labels.length, data.width(), Float.NaN);
        m.setLabel(labels);
        m.setGroup(groups);
        // For ranking objectives XGBoost takes one weight per group.
        m.setWeight(weights);
        return m;
    }

    /** Reads XGBoost's JSON model ({@code Booster.toByteArray("json")}) into a {@link TreeModel}. */
    static TreeModel export(String json, List<String> features) {
        JsonNode learner = JSON.readTree(json).path("learner");
        double base = number(learner.path("learner_model_param").path("base_score").asString("0"));
        JsonNode trees = learner.path("gradient_booster").path("model").path("trees");
        int total = 0;
        for (JsonNode t : trees.values()) {
            total += t.path("left_children").size();
        }
        int[] roots = new int[trees.size()];
        int[] left = new int[total];
        int[] right = new int[total];
        int[] feature = new int[total];
        float[] threshold = new float[total];
        boolean[] defaultLeft = new boolean[total];
        double[] value = new double[total];
        double[] hessian = new double[total];
        int offset = 0;
        int tree = 0;
        for (JsonNode t : trees.values()) {
            int nodes = t.path("left_children").size();
            roots[tree++] = offset;
            for (int n = 0; n < nodes; n++) {
                int l = t.path("left_children").get(n).asInt();
                left[offset + n] = l < 0 ? -1 : offset + l;
                int r = t.path("right_children").get(n).asInt();
                right[offset + n] = r < 0 ? -1 : offset + r;
                feature[offset + n] = t.path("split_indices").get(n).asInt();
                threshold[offset + n] = (float) t.path("split_conditions").get(n).asDouble();
                defaultLeft[offset + n] = t.path("default_left").get(n).asInt() != 0;
                hessian[offset + n] = t.path("sum_hessian").get(n).asDouble();
                // A leaf's value is stored where an inner node keeps its split value.
                value[offset + n] = l < 0 ? t.path("split_conditions").get(n).asDouble() : 0;
            }
            nodeValue(offset, left, right, value, hessian);
            offset += nodes;
        }
        return new TreeModel(features, base, roots, left, right, feature, threshold, defaultLeft, value);
    }

    /** Fills inner nodes with the hessian-weighted mean of their children (Saabas' node expectation). */
    private static double nodeValue(int n, int[] left, int[] right, double[] value, double[] hessian) {
        if (left[n] < 0) {
            return value[n];
        }
        double l = nodeValue(left[n], left, right, value, hessian);
        double r = nodeValue(right[n], left, right, value, hessian);
        double hl = hessian[left[n]];
        double hr = hessian[right[n]];
        value[n] = hl + hr > 0 ? (hl * l + hr * r) / (hl + hr) : (l + r) / 2;
        return value[n];
    }

    /** XGBoost 3 writes the base score as "[x]", older ones as "x". */
    private static double number(String text) {
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t.isEmpty() ? 0 : Double.parseDouble(t);
    }
}
