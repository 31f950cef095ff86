package app.rapport.suggestion;

import static app.rapport.suggestion.Features.*;

import app.rapport.suggestion.Suggestion.ScoreParts;
import app.rapport.suggestion.ranking.Forest;
import app.rapport.suggestion.ranking.Model;
import app.rapport.suggestion.ranking.TreeModel;

/**
 * A promoted model as a ranker: scores every kept candidate from its {@link Features} row; a suggestion's parts
 * are the model's per-feature contributions (exact for the linear model, path attributions for trees), grouped
 * into readable parts, plus its bias as {@code base}.
 */
final class LearnedRanker extends Ranker {

    private final Model model;
    /** The trees in their serving layout (the same scores, a fraction of the cache misses), else null. */
    private final Forest forest;
    private final int version;
    private final SuggestionSettings.Weights stageOne;

    LearnedRanker(Model model, int version, SuggestionSettings.Weights stageOne) {
        if (!model.features().equals(NAMES)) {
            throw new IllegalArgumentException("the model was trained on other features: " + model.features());
        }
        this.model = model;
        this.forest = model instanceof TreeModel trees ? Forest.of(trees) : null;
        this.version = version;
        this.stageOne = stageOne;
    }

    static String name(int version) {
        return "learned-v" + version;
    }

    @Override
    public String name() {
        return name(version);
    }

    int version() {
        return version;
    }

    Model model() {
        return model;
    }

    @Override
    SuggestionSettings.Weights weights() {
        return stageOne;
    }

    @Override
    boolean needsFeatures() {
        return true;
    }

    @Override
    double[] scores(Candidates kept, double[] x) {
        double[] s = new double[kept.size()];
        if (forest != null) {
            forest.scores(x, s.length, s);
            return s;
        }
        for (int i = 0; i < s.length; i++) {
            s[i] = model.score(x, i * COUNT);
        }
        return s;
    }

    @Override
    ScoreParts parts(Candidates kept, int i, double[] x) {
        double[] c = new double[COUNT];
        double bias = model.contributions(x, i * COUNT, c);
        int o = i * COUNT;
        // Shared-organisation terms go to the kind(s) of organisation shared, halved when both are.
        double org = c[ORG_IDF] + c[ORG_FRIEND];
        boolean company = x[o + SAME_COMPANY] > 0;
        boolean school = x[o + SAME_SCHOOL] > 0;
        double toCompany = company ? (school ? org / 2 : org) : (school ? 0 : org / 2);
        double toSchool = org - toCompany;
        return new ScoreParts(
                c[CN] + c[AA] + c[RA] + c[JACCARD] + c[AA_REL] + c[RA_REL] + c[LRANK_AA] + c[CRA] + c[LRANK_CRA],
                c[INT_IDF] + c[INT_COS] + c[INT_N] + c[INT_RARE] + c[INT_MID] + c[INT_COMMON] + c[INT_FRIEND]
                        + c[INT_LIFT] + c[INT_LIFT_MAX],
                c[SAME_COMPANY] + toCompany,
                c[SAME_SCHOOL] + toSchool,
                c[SAME_PLACE] + c[PLACE_FRIEND],
                c[LDEG_U] + c[LDEG_C] + c[LPA],
                c[LP3] + c[P3N],
                c[LPATH_AGE] + c[LCAND_AGE],
                c[SHOWN],
                bias,
                0);
    }
}
