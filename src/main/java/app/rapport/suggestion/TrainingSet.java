package app.rapport.suggestion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.LongConsumer;

import app.rapport.suggestion.ranking.TrainingData;

/**
 * Turns members of an {@link InnerSplit} into training groups, through the serving code (stage 1 on the split's
 * graph, then {@link Features}): a member's group holds every kept candidate they have a hidden connection with
 * (label 1) and {@code negatives} random other kept candidates (label 0); a member none of whose hidden
 * connections is among the kept candidates teaches nothing and is left out. Outcome groups
 * ({@link #outcomes}) hold the candidates members acted on, labelled by what they did.
 */
final class TrainingSet {

    private final Ranking ranking;
    private final Ranker stageOne;
    private final int negatives;
    private final TrainingAudit audit;

    TrainingSet(Ranking ranking, Ranker stageOne, int negatives, TrainingAudit audit) {
        this.ranking = ranking;
        this.stageOne = stageOne;
        this.negatives = negatives;
        this.audit = audit;
    }

    /** Synthetic groups of {@code members} (indices), labels from the split's hidden connections. */
    TrainingData synthetic(InnerSplit split, List<Integer> members, long seed, LongConsumer progress) {
        Random random = new Random(seed);
        TrainingData data = new TrainingData(Features.COUNT);
        MemberGraph g = split.graph();
        for (int u : members) {
            Candidates kept = ranking.gather(g, Viewer.Resolved.fromGraph(g, u), stageOne, 1);
            List<Integer> positive = new ArrayList<>();
            List<Integer> negative = new ArrayList<>();
            for (int i = 0; i < kept.size(); i++) {
                (Arrays.binarySearch(split.hidden()[u], kept.member(i)) >= 0 ? positive : negative).add(i);
            }
            progress.accept(1);
            if (positive.isEmpty()) {
                continue;
            }
            Collections.shuffle(negative, random);
            List<Integer> rows = new ArrayList<>(positive);
            rows.addAll(negative.subList(0, Math.min(negatives, negative.size())));
            int[] chosen = rows.stream().mapToInt(i -> kept.member(i)).toArray();
            float[] y = new float[chosen.length];
            Arrays.fill(y, 0, positive.size(), 1f);
            audit.labelled(g, u, chosen, y);
            data.add(Features.compute(kept, chosen, null), y, 1f);
        }
        return data;
    }

    /**
     * Outcome groups: per member, the candidates of their labelled outcomes, with features computed on the
     * split's graph (where accepted pairs are hidden) relative to that member's kept candidates, and
     * {@code shown} = the impressions before the outcome.
     */
    TrainingData outcomes(InnerSplit split, List<Outcomes.Labelled> labelled, float weight) {
        TrainingData data = new TrainingData(Features.COUNT);
        MemberGraph g = split.graph();
        for (Outcomes.Labelled member : labelled) {
            int u = member.member();
            Candidates kept = ranking.gather(g, Viewer.Resolved.fromGraph(g, u), stageOne, 1);
            audit.labelled(g, u, member.candidates(), member.labels());
            double[] x = Features.compute(kept, member.candidates(), member.shownBefore());
            data.add(x, member.labels(), weight);
        }
        return data;
    }
}
