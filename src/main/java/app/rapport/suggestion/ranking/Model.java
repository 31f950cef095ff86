package app.rapport.suggestion.ranking;

import java.util.List;

/**
 * A trained ranking model as served: pure Java, no library call per request. Its score is a margin (higher =
 * more likely to connect); its per-feature contributions plus its bias add up to that score exactly, so a
 * suggestion's parts can show what the model saw.
 */
public sealed interface Model permits LinearModel, TreeModel {

    /** {@code "linear"} (Tribuo logistic regression) or {@code "trees"} (XGBoost rank:ndcg). */
    String kind();

    /** The feature columns it was trained on, in order. */
    List<String> features();

    /** The score of the row starting at {@code x[offset]}. */
    double score(double[] x, int offset);

    /**
     * Each feature's share of the row's score, into {@code out} (one per feature); returns the bias, so that
     * bias + Σ out = {@link #score}.
     */
    double contributions(double[] x, int offset, double[] out);
}
