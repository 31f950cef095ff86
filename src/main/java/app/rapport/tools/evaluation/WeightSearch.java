package app.rapport.tools.evaluation;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;

import app.rapport.suggestion.SuggestionSettings.Weights;

/**
 * How the default weights were chosen: coordinate ascent on Recall@k over a grid per weight (the
 * Adamic-Adar weight is fixed at 1, it sets the scale), two rounds, each weight in turn set to the grid
 * value that scores best with the others held; ties keep the current value. Run it on one seed and report
 * the result on another, so the published figures are not the ones the weights were fitted to.
 */
final class WeightSearch {

    private static final double[] INTERESTS = {0, 0.1, 0.25, 0.5, 1, 2, 4};
    private static final double[] ORGANISATION = {0, 0.05, 0.1, 0.25, 0.5, 1, 2, 4};
    private static final double[] CITY = {0, 0.1, 0.25, 0.5, 1, 2};
    private static final double[] DEGREE = {0, 0.01, 0.02, 0.05, 0.1, 0.2};

    private WeightSearch() {
    }

    /** The weights a search may move, by name. */
    static final List<String> NAMES = List.of("interests", "company", "school", "city", "degree");

    /** Evaluates {@code recall} for weights, moving only the named ones; returns the best found. */
    static Weights search(Weights start, List<String> names, int rounds, Function<Weights, Double> recall, PrintStream log) {
        Weights best = start;
        double bestRecall = recall.apply(best);
        log.printf("tune: start %s recall %.4f%n", best, bestRecall);
        for (int round = 0; round < rounds; round++) {
            for (int dim = 1; dim <= 5; dim++) {
                if (!names.contains(NAMES.get(dim - 1))) {
                    continue;
                }
                for (double value : grid(dim)) {
                    Weights w = with(best, dim, value);
                    if (w.equals(best)) {
                        continue;
                    }
                    double r = recall.apply(w);
                    log.printf("tune: %s recall %.4f%n", w, r);
                    if (r > bestRecall) {
                        best = w;
                        bestRecall = r;
                    }
                }
            }
        }
        log.printf("tune: best %s recall %.4f%n", best, bestRecall);
        return best;
    }

    private static double[] grid(int dim) {
        return switch (dim) {
            case 1 -> INTERESTS;
            case 2, 3 -> ORGANISATION;
            case 4 -> CITY;
            default -> DEGREE;
        };
    }

    private static Weights with(Weights w, int dim, double v) {
        return switch (dim) {
            case 1 -> new Weights(w.mutual(), v, w.company(), w.school(), w.city(), w.degree());
            case 2 -> new Weights(w.mutual(), w.interests(), v, w.school(), w.city(), w.degree());
            case 3 -> new Weights(w.mutual(), w.interests(), w.company(), v, w.city(), w.degree());
            case 4 -> new Weights(w.mutual(), w.interests(), w.company(), w.school(), v, w.degree());
            default -> new Weights(w.mutual(), w.interests(), w.company(), w.school(), w.city(), v);
        };
    }

    /** The properties that set these weights, for the README and the command line. */
    static List<String> properties(Weights w) {
        return List.of("--rapport.suggestions.weights.interests=" + w.interests(),
                "--rapport.suggestions.weights.company=" + w.company(),
                "--rapport.suggestions.weights.school=" + w.school(),
                "--rapport.suggestions.weights.city=" + w.city(),
                "--rapport.suggestions.weights.degree=" + w.degree());
    }
}
