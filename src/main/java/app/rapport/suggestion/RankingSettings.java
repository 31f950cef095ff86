package app.rapport.suggestion;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The ranker (prefix {@code rapport.ranking}; README, "Suggestions that learn").
 *
 * @param ranker            what serves by default: {@code learned} (the promoted model; the formula while there
 *                          is none) or {@code formula}
 * @param candidates        candidates kept by stage 1 (by the formula) for the ranker: more finds more of the
 *                          connections people make, at a cost linear in it per request
 * @param retrainInterval   background training every this long (0 = never); the first one runs soon after start
 *                          when the newest stored model is older than this
 * @param firstTrainingDelay how long after start the first background training may run
 * @param trainingThreads   XGBoost threads of a background training (requests keep the rest of the machine)
 * @param training          how a model is trained and validated
 * @param discount          impression discounting
 * @param outcomes          learning from what members did with their suggestions
 */
@Validated
@ConfigurationProperties("rapport.ranking")
public record RankingSettings(
        @NotNull @Pattern(regexp = "learned|formula") @DefaultValue("learned") String ranker,
        @Min(20) @Max(5000) @DefaultValue("300") int candidates,
        @NotNull @DefaultValue("1d") Duration retrainInterval,
        @NotNull @DefaultValue("30s") Duration firstTrainingDelay,
        @Min(1) @Max(64) @DefaultValue("1") int trainingThreads,
        @Valid @NotNull @DefaultValue Training training,
        @Valid @NotNull @DefaultValue Discount discount,
        @Valid @NotNull @DefaultValue Outcomes outcomes) {

    public RankingSettings {
        // A negative interval used to mean "never" silently, as 0 does: most likely a typo, so the start stops and says so.
        if (retrainInterval != null && retrainInterval.isNegative()) {
            throw new IllegalArgumentException("rapport.ranking.retrain-interval must be 0 (never) or positive: " + retrainInterval);
        }
        if (firstTrainingDelay != null && firstTrainingDelay.isNegative()) {
            throw new IllegalArgumentException("rapport.ranking.first-training-delay must not be negative: " + firstTrainingDelay);
        }
    }

    /**
     * @param holdout          share of the connections hidden to learn from (the newest where the graph has dates)
     * @param members          members with hidden connections trained on per split
     * @param validation       share of those held out to validate on (at most {@code validationMembers})
     * @param validationMembers most members validated on
     * @param negatives        candidates without a hidden connection kept per member (all positives are kept)
     * @param minGroups        more random splits (at most {@code maxSplits}) until this many members are trained on
     * @param maxSplits        most random splits (a newest-connections split cannot be repeated)
     * @param seed             the seed of splits, samples and both libraries
     * @param models           which to train: {@code linear} (Tribuo), {@code trees} (XGBoost), or both
     * @param split            which connections to hide: {@code newest} (where the graph has dates; else random),
     *                         or {@code random}. The newest is what the service is asked (who connects next);
     *                         {@code evaluate --protocol random} trains with {@code random}, as its question is
     *                         "which hidden connections", not "which new ones"
     */
    public record Training(
            @DecimalMin("0.01") @DecimalMax("0.5") @DefaultValue("0.1") double holdout,
            @Min(10) @Max(1_000_000) @DefaultValue("3000") int members,
            @DecimalMin("0.05") @DecimalMax("0.5") @DefaultValue("0.2") double validation,
            @Min(10) @Max(100_000) @DefaultValue("1000") int validationMembers,
            @Min(1) @Max(10_000) @DefaultValue("50") int negatives,
            @Min(1) @Max(1_000_000) @DefaultValue("3000") int minGroups,
            @Min(1) @Max(10) @DefaultValue("5") int maxSplits,
            @DefaultValue("7") long seed,
            @NotNull @Pattern(regexp = "linear|trees|linear,trees|trees,linear") @DefaultValue("linear,trees") String models,
            @NotNull @Pattern(regexp = "newest|random") @DefaultValue("newest") String split) {

        boolean trains(String kind) {
            return models.contains(kind);
        }

        boolean byDate() {
            return split.equals("newest");
        }
    }

    /**
     * Impression discounting (Lee et al., KDD 2014): from the {@code after}-th time a candidate was shown to a
     * member without an action on it, its score drops by strength × (the spread of the member's candidate
     * scores) × ln(1 + times − after + 1) × e^(−days since last shown / recovery days).
     */
    public record Discount(
            @Min(1) @Max(1000) @DefaultValue("3") int after,
            @DecimalMin("0") @DecimalMax("100") @DefaultValue("1.0") double strength,
            @NotNull @DefaultValue("14d") Duration recovery) {
    }

    /**
     * Outcomes as labels: an accepted invitation sent from a suggestion is a positive, an ignored one, a
     * dismissal or a candidate shown {@code discount.after} times without action a negative.
     *
     * @param minPositives     positives needed before outcomes join training
     * @param weight           an outcome group's weight beside a synthetic one (1)
     * @param includeSimulated learn from simulated activity too (the {@code simulate} loop; never in production)
     */
    public record Outcomes(
            @Min(1) @Max(100_000_000) @DefaultValue("500") int minPositives,
            @DecimalMin("0") @DecimalMax("100") @DefaultValue("2.0") double weight,
            @DefaultValue("false") boolean includeSimulated) {
    }
}
