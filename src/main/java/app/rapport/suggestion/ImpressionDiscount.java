package app.rapport.suggestion;

import java.time.Duration;
import java.time.Instant;

/**
 * Impression discounting (Lee et al., "Modeling impression discounting in large-scale recommender systems",
 * KDD 2014), applied after the ranker so formula and model lists both get it: from the {@code after}-th time
 * a candidate was shown without action, its score drops by strength × spread × ln(2 + times − after) ×
 * e^(−days since last shown / recovery). The spread (best − worst score among the member's kept candidates)
 * puts the drop in the ranker's own units: at strength 1 a candidate shown {@code after} times loses 0.69 of
 * the whole range, i.e. sinks below most of the list, and recovers as time passes without impressions.
 */
final class ImpressionDiscount {

    private final RankingSettings.Discount settings;

    ImpressionDiscount(RankingSettings.Discount settings) {
        this.settings = settings;
    }

    /** The discount (≥ 0, subtracted from the score) of a candidate shown {@code times} times, last at {@code last}. */
    double of(int times, Instant last, Instant now, double spread) {
        if (times < settings.after() || settings.strength() == 0 || spread <= 0) {
            return 0;
        }
        double days = last == null ? 0 : Math.max(0, Duration.between(last, now).toSeconds() / 86_400.0);
        double recoveryDays = Math.max(1e-9, settings.recovery().toSeconds() / 86_400.0);
        return settings.strength() * spread * Math.log(2 + times - settings.after()) * Math.exp(-days / recoveryDays);
    }

    /** Best minus worst of {@code scores}. */
    static double spread(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
            min = Math.min(min, s);
        }
        return scores.length < 2 ? Math.abs(scores.length == 1 ? scores[0] : 0) : max - min;
    }
}
