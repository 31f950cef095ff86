package app.rapport.suggestion.ranking;

import java.util.List;

import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Tribuo logistic regression (SGD, AdaGrad 0.5, 5 epochs, one row at a time, seeded) on z-scored features, as
 * the research prototype measured it. Rows are examples, a group's weight is each of its rows' weight.
 */
public final class LinearTrainer {

    private static final int EPOCHS = 5;
    private static final double LEARNING_RATE = 0.5;

    private LinearTrainer() {
    }

    public static LinearModel train(TrainingData data, List<String> features, long seed) {
        int f = data.width();
        double[] mean = new double[f];
        double[] squares = new double[f];
        long n = data.rows();
        for (int g = 0; g < data.groups(); g++) {
            double[] x = data.x(g);
            for (int i = 0; i < x.length; i++) {
                mean[i % f] += x[i];
                squares[i % f] += x[i] * x[i];
            }
        }
        double[] sd = new double[f];
        for (int j = 0; j < f; j++) {
            mean[j] /= Math.max(1, n);
            sd[j] = Math.sqrt(Math.max(0, squares[j] / Math.max(1, n) - mean[j] * mean[j]));
            // A constant column (e.g. no dates, no profiles) gets weight 0 anyway; sd 1 keeps the division safe.
            if (sd[j] < 1e-9) {
                sd[j] = 1;
            }
        }
        String[] names = features.toArray(String[]::new);
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("candidates", factory), factory);
        Label positive = new Label("1");
        Label negative = new Label("0");
        for (int g = 0; g < data.groups(); g++) {
            double[] x = data.x(g);
            float[] y = data.y(g);
            for (int r = 0; r < y.length; r++) {
                double[] z = new double[f];
                for (int j = 0; j < f; j++) {
                    z[j] = (x[r * f + j] - mean[j]) / sd[j];
                }
                ArrayExample<Label> example = new ArrayExample<>(y[r] > 0 ? positive : negative, names, z);
                example.setWeight(data.weight(g));
                dataset.add(example);
            }
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(LEARNING_RATE, 0.1), EPOCHS,
                Integer.MAX_VALUE, 1, seed);
        LinearSGDModel model = (LinearSGDModel) trainer.train(dataset);
        DenseMatrix w = model.getWeightsCopy();
        int p = model.getOutputIDInfo().getID(positive);
        int q = model.getOutputIDInfo().getID(negative);
        double[] weights = new double[f];
        double bias = 0;
        if (p >= 0 && q >= 0) {
            for (int j = 0; j < f; j++) {
                int id = model.getFeatureIDMap().getID(names[j]);
                // The logit difference orders candidates exactly as Tribuo's P(positive) does.
                weights[j] = id < 0 ? 0 : w.get(p, id) - w.get(q, id);
            }
            int biasColumn = w.getDimension2Size() - 1;
            bias = w.get(p, biasColumn) - w.get(q, biasColumn);
        }
        return new LinearModel(features, mean, sd, weights, bias);
    }
}
