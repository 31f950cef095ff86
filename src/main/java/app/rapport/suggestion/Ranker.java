package app.rapport.suggestion;

import app.rapport.suggestion.Suggestion.ScoreParts;

/**
 * Ranks stage 1's candidates ({@link Candidates}): the hand-weighted formula or a learned model. Chosen per call
 * ({@link Rankers}, {@link Suggestions#suggest(String, int, Ranker, boolean, boolean)}), so an experiment can
 * serve each member with their arm's ranker. Only this package implements it.
 */
public abstract sealed class Ranker permits FormulaRanker, LearnedRanker {

    /** {@code formula} or {@code learned-v<version>}. */
    public abstract String name();

    /** The weights stage 1 gathers and pre-ranks candidates with. */
    abstract SuggestionSettings.Weights weights();

    /** Whether {@link #scores} reads feature rows (the formula needs none). */
    abstract boolean needsFeatures();

    /** A score per kept candidate, in their order; {@code x} = {@link Features#compute} rows, or null. */
    abstract double[] scores(Candidates kept, double[] x);

    /** The i-th candidate's parts (without the impression discount); they add up to its score. */
    abstract ScoreParts parts(Candidates kept, int i, double[] x);

    @Override
    public String toString() {
        return name();
    }
}
