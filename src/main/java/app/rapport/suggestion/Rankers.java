package app.rapport.suggestion;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The rankers a call may ask for: {@link #formula()}, {@link #learned()} (the promoted model, or the formula
 * while none beats it) and {@link #served()} (what {@code rapport.ranking.ranker} says serves by default).
 * Loads the newest promoted model from the {@link ModelStore} at start; {@link RankerTraining} promotes newer
 * ones. A promotion swaps one reference: a request in flight finishes with the ranker it started with.
 */
@Component
public class Rankers {

    private static final Logger log = LoggerFactory.getLogger(Rankers.class);

    private final RankingSettings settings;
    private final SuggestionSettings suggestionSettings;
    private final FormulaRanker formula;
    private volatile LearnedRanker learned;
    private volatile TrainingReport learnedReport;

    Rankers(RankingSettings settings, SuggestionSettings suggestionSettings, ModelStore store) {
        this.settings = settings;
        this.suggestionSettings = suggestionSettings;
        this.formula = new FormulaRanker(suggestionSettings.weights());
        store.newestPromoted().ifPresent(v -> {
            promote(v.model().orElseThrow(), v.report());
            log.info("Ranking with stored model version {} ({}, validation Recall@10 {} vs the formula's {})",
                    v.report().version(), v.report().kind(), v.report().recall(), v.report().formulaRecall());
        });
    }

    /** The hand-weighted formula with the configured weights. */
    public Ranker formula() {
        return formula;
    }

    /** The formula with other weights (the evaluation's weight search). */
    public Ranker formula(SuggestionSettings.Weights weights) {
        return new FormulaRanker(weights);
    }

    /** The promoted model; the formula while no model has beaten it. */
    public Ranker learned() {
        LearnedRanker l = learned;
        return l != null ? l : formula;
    }

    /** What serves by default ({@code rapport.ranking.ranker}). */
    public Ranker served() {
        return "formula".equals(settings.ranker()) ? formula : learned();
    }

    /** {@code formula} or {@code learned} (e.g. an experiment's arm). */
    public Ranker named(String name) {
        return switch (name) {
            case "formula" -> formula;
            case "learned" -> learned();
            default -> throw new IllegalArgumentException("no ranker named '" + name + "' (formula, learned)");
        };
    }

    /** The promoted model's training report, if a model is promoted. */
    public Optional<TrainingReport> promoted() {
        return Optional.ofNullable(learnedReport);
    }

    /** Back to the formula until the next promotion (tests leave the shared context as they found it). */
    void withdraw() {
        learned = null;
        learnedReport = null;
    }

    void promote(app.rapport.suggestion.ranking.Model model, TrainingReport report) {
        LearnedRanker ranker = new LearnedRanker(model, report.version(), suggestionSettings.weights());
        learnedReport = report;
        learned = ranker;
    }
}
