package app.rapport.suggestion.ranking;

import java.util.List;

/**
 * A linear model on standardised features: score = bias + Σ weight_j · (x_j − mean_j) / sd_j. The weights are
 * Tribuo's logistic regression read as the difference of the positive and negative class logits, which orders
 * candidates exactly as its predicted probability does. A feature's contribution is its term of the sum (exact).
 */
public record LinearModel(List<String> features, double[] mean, double[] sd, double[] weights, double bias) implements Model {

    public LinearModel {
        features = List.copyOf(features);
        if (mean.length != features.size() || sd.length != features.size() || weights.length != features.size()) {
            throw new IllegalArgumentException("a linear model needs one mean, sd and weight per feature");
        }
    }

    @Override
    public String kind() {
        return "linear";
    }

    @Override
    public double score(double[] x, int offset) {
        double s = bias;
        for (int j = 0; j < weights.length; j++) {
            s += weights[j] * (x[offset + j] - mean[j]) / sd[j];
        }
        return s;
    }

    @Override
    public double contributions(double[] x, int offset, double[] out) {
        for (int j = 0; j < weights.length; j++) {
            out[j] = weights[j] * (x[offset + j] - mean[j]) / sd[j];
        }
        return bias;
    }
}
