package app.rapport.suggestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.rapport.suggestion.Suggestion.ScoreParts;

/**
 * The one ranking code path, for the API, {@code evaluate}, {@code bench}, {@code simulate} and a model's
 * validation: stage 1 keeps {@code rapport.ranking.candidates} by the formula ({@link Scorer}), the ranker scores
 * them (a model from their {@link Features}), impression discounting sinks what was shown too often without
 * action ({@link ImpressionDiscount}), and the best {@code limit} come out with the parts of their scores.
 */
final class Ranking {

    /** A ranked candidate; its parts add up to its score. */
    record Scored(int member, double score, ScoreParts parts) {
    }

    private final Scorer scorer;
    private final RankingSettings settings;
    private final ImpressionDiscount discount;

    Ranking(Scorer scorer, RankingSettings settings) {
        this.scorer = scorer;
        this.settings = settings;
        this.discount = new ImpressionDiscount(settings.discount());
    }

    /** Stage 1 for {@code ranker}: the candidates it will score. */
    Candidates gather(MemberGraph g, Viewer.Resolved v, Ranker ranker, int limit) {
        return scorer.gather(g, v, ranker.weights(), Math.max(limit, settings.candidates()));
    }

    /** The viewer's best {@code limit}, best first. */
    List<Scored> top(MemberGraph g, Viewer.Resolved v, Ranker ranker, int limit, ImpressionHistory.Shown shown, Instant now) {
        Candidates kept = gather(g, v, ranker, limit);
        int n = kept.size();
        int[] times = new int[n];
        Instant[] last = new Instant[n];
        if (shown != ImpressionHistory.Shown.NONE) {
            for (int i = 0; i < n; i++) {
                String id = g.ids[kept.member(i)];
                times[i] = shown.times(id);
                last[i] = times[i] > 0 ? shown.lastShown(id) : null;
            }
        }
        double[] x = ranker.needsFeatures() ? Features.compute(kept, times) : null;
        double[] scores = ranker.scores(kept, x);
        double spread = ImpressionDiscount.spread(scores);
        double[] discounts = new double[n];
        double[] finals = new double[n];
        for (int i = 0; i < n; i++) {
            discounts[i] = discount.of(times[i], last[i], now, spread);
            finals[i] = scores[i] - discounts[i];
        }
        List<Scored> out = new ArrayList<>(Math.min(limit, n));
        for (int i : best(kept, finals, limit)) {
            ScoreParts p = ranker.parts(kept, i, x);
            out.add(new Scored(kept.member(i), finals[i], new ScoreParts(p.mutualConnections(), p.sharedInterests(),
                    p.sameCompany(), p.sameSchool(), p.sameCity(), p.degree(), p.connectionPaths(), p.recency(),
                    p.timesShown(), p.base(), -discounts[i])));
        }
        return out;
    }

    /**
     * Positions (in {@code kept}) of the {@code limit} best scores, best first; ties to the smaller member id.
     * A sorted window of the best so far, on primitive arrays (no boxing): most candidates lose to its worst
     * with one comparison.
     */
    static int[] best(Candidates kept, double[] scores, int limit) {
        int[] rank = kept.graph().idRanks();
        int[] top = new int[Math.min(limit, scores.length)];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            if (size == top.length && !better(rank, kept, scores, i, top[size - 1])) {
                continue;
            }
            int at = size == top.length ? size - 1 : size++;
            while (at > 0 && better(rank, kept, scores, i, top[at - 1])) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
        }
        return top;
    }

    private static boolean better(int[] rank, Candidates kept, double[] scores, int i, int j) {
        int c = Double.compare(scores[j], scores[i]);
        return c != 0 ? c < 0 : rank[kept.member(i)] < rank[kept.member(j)];
    }
}
