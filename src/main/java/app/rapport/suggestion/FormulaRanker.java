package app.rapport.suggestion;

import app.rapport.suggestion.Suggestion.ScoreParts;

/** The hand-weighted formula of {@link Scorer} as a ranker: stage 1's own order. */
final class FormulaRanker extends Ranker {

    static final String NAME = "formula";

    private final SuggestionSettings.Weights weights;

    FormulaRanker(SuggestionSettings.Weights weights) {
        this.weights = weights;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    SuggestionSettings.Weights weights() {
        return weights;
    }

    @Override
    boolean needsFeatures() {
        return false;
    }

    @Override
    double[] scores(Candidates kept, double[] x) {
        double[] s = new double[kept.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = kept.formula(i);
        }
        return s;
    }

    @Override
    ScoreParts parts(Candidates kept, int i, double[] x) {
        int c = kept.member(i);
        byte flags = kept.flags(c);
        SuggestionSettings.Weights w = weights;
        return new ScoreParts(w.mutual() * kept.adamicAdar(c), w.interests() * kept.interestSimilarity(c),
                (flags & Scorer.COMPANY) != 0 ? w.company() : 0, (flags & Scorer.SCHOOL) != 0 ? w.school() : 0,
                (flags & Scorer.CITY) != 0 ? w.city() : 0, Scorer.degreePart(w, kept.graph(), c), 0, 0, 0, 0, 0);
    }
}
