package app.rapport.suggestion;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Recall@10 of several rankers on the same validation members of an {@link InnerSplit} (members never trained
 * on): each member's kept candidates and features are computed once, through the serving code, and every ranker
 * orders them; a hidden connection in a ranker's top 10 is a hit. The mean over members is what a model must
 * beat the formula on to be promoted.
 */
final class Validation {

    static final int K = 10;

    private Validation() {
    }

    /** Mean Recall@10 per ranker, keyed like {@code rankers}. */
    static Map<String, Double> recall(Ranking ranking, InnerSplit split, List<Integer> members, Map<String, Ranker> rankers,
            LongConsumer progress) {
        MemberGraph g = split.graph();
        boolean features = rankers.values().stream().anyMatch(Ranker::needsFeatures);
        Ranker stageOne = rankers.values().iterator().next();
        Map<String, Double> sums = new LinkedHashMap<>();
        rankers.keySet().forEach(name -> sums.put(name, 0.0));
        for (int u : members) {
            int[] hidden = split.hidden()[u];
            Candidates kept = ranking.gather(g, Viewer.Resolved.fromGraph(g, u), stageOne, K);
            double[] x = features ? Features.compute(kept, null) : null;
            rankers.forEach((name, ranker) -> {
                int hits = 0;
                for (int i : Ranking.best(kept, ranker.scores(kept, x), K)) {
                    hits += Arrays.binarySearch(hidden, kept.member(i)) >= 0 ? 1 : 0;
                }
                sums.merge(name, hidden.length == 0 ? 0 : (double) hits / hidden.length, Double::sum);
            });
            progress.accept(1);
        }
        Map<String, Double> means = new LinkedHashMap<>();
        sums.forEach((name, sum) -> means.put(name, members.isEmpty() ? 0 : sum / members.size()));
        return means;
    }
}
