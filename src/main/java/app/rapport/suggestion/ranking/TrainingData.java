package app.rapport.suggestion.ranking;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows to learn from, in groups (one group = one member's candidates; a ranking objective compares rows only
 * within a group): feature rows, 0/1 labels, and a weight per group (synthetic groups 1, outcome groups as
 * configured).
 */
public final class TrainingData {

    private final int width;
    private final List<double[]> rows = new ArrayList<>();
    private final List<float[]> labels = new ArrayList<>();
    private final List<Float> weights = new ArrayList<>();
    private long rowCount;

    /** @param width features per row */
    public TrainingData(int width) {
        this.width = width;
    }

    /** Adds a group: {@code x} holds {@code y.length} rows of {@link #width()} values. */
    public void add(double[] x, float[] y, float weight) {
        if (x.length != y.length * width) {
            throw new IllegalArgumentException("a group needs " + width + " values per label");
        }
        rows.add(x);
        labels.add(y);
        weights.add(weight);
        rowCount += y.length;
    }

    /** Appends all of {@code other}'s groups. */
    public void addAll(TrainingData other) {
        for (int g = 0; g < other.groups(); g++) {
            add(other.rows.get(g), other.labels.get(g), other.weights.get(g));
        }
    }

    public int width() {
        return width;
    }

    public int groups() {
        return rows.size();
    }

    public long rows() {
        return rowCount;
    }

    double[] x(int group) {
        return rows.get(group);
    }

    float[] y(int group) {
        return labels.get(group);
    }

    float weight(int group) {
        return weights.get(group);
    }
}
