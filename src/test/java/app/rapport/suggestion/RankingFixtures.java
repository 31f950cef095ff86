package app.rapport.suggestion;

import java.time.Duration;
import java.util.Random;

import app.rapport.suggestion.ranking.LinearModel;

/** Settings as the service's defaults (README, "Suggestions that learn"), for tests that build the ranking by hand. */
final class RankingFixtures {

    static final SuggestionSettings SUGGESTIONS = new SuggestionSettings(new SuggestionSettings.Weights(1, 0.5, 0.05, 1, 0.25, 0.05),
            4000, 2000, Duration.ofMinutes(10), false);

    private RankingFixtures() {
    }

    static RankingSettings.Training training(String models) {
        return new RankingSettings.Training(0.1, 3000, 0.2, 1000, 50, 3000, 5, 7, models, "newest");
    }

    static RankingSettings.Discount discount() {
        return new RankingSettings.Discount(3, 1.0, Duration.ofDays(14));
    }

    static RankingSettings settings(String models) {
        return settings(training(models), discount());
    }

    static RankingSettings settings(RankingSettings.Training training, RankingSettings.Discount discount) {
        return new RankingSettings("learned", 300, Duration.ofDays(1), Duration.ofSeconds(30), 1, training, discount,
                new RankingSettings.Outcomes(500, 2.0, false));
    }

    /** A linear model with made-up weights on every feature (what it scores does not matter, only that it is a model). */
    static LinearModel madeUpLinear() {
        Random r = new Random(3);
        int n = Features.COUNT;
        double[] mean = new double[n];
        double[] sd = new double[n];
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            mean[j] = r.nextDouble();
            sd[j] = 0.5 + r.nextDouble();
            w[j] = r.nextGaussian();
        }
        return new LinearModel(Features.NAMES, mean, sd, w, 0.3);
    }
}
