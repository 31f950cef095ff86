package app.rapport.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leak check: a ranker judged on hidden connections never learns from them. As {@code evaluate} does, the
 * judged pairs are hidden before training (the training graph is the rest); every graph the training computes
 * features on (each inner split, which validation uses too) and every labelled group it learns from is recorded,
 * and none holds a judged pair as a connection or a positive. The model so trained is then judged on those pairs
 * against the formula, through the serving ranking. A control shows the check fails when training does see them.
 */
class TrainingLeakTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC);
    private static final Outcomes.Found NO_OUTCOMES = new Outcomes.Found(0, List.of());

    @TempDir
    Path dir;

    /** Records what a training looked at, and every judged pair it saw connected or labelled positive. */
    private static final class Recorder implements TrainingAudit {
        final Set<Long> judged;
        int graphs;
        int groups;
        int positives;
        int judgedConnected;
        int judgedPositive;
        int liftsNotOwn;

        Recorder(Set<Long> judged) {
            this.judged = judged;
        }

        @Override
        public void graph(MemberGraph g) {
            graphs++;
            // Graph statistics the features read (each interest's homophily lift) come from this graph's own
            // connections, never from a graph that still holds the judged pairs.
            liftsNotOwn += java.util.Arrays.equals(g.interestLift(), InterestLift.of(g)) ? 0 : 1;
            for (long p : judged) {
                judgedConnected += g.connected((int) (p >>> 32), (int) p) ? 1 : 0;
            }
        }

        @Override
        public void labelled(MemberGraph g, int member, int[] candidates, float[] labels) {
            groups++;
            for (int i = 0; i < candidates.length; i++) {
                if (labels[i] > 0) {
                    positives++;
                    judgedPositive += judged.contains(InnerSplit.pair(member, candidates[i])) ? 1 : 0;
                }
            }
        }
    }

    @Test
    void trainingNeverSeesTheConnectionsItIsJudgedOn() {
        MemberGraph full = planted();
        // The evaluation's split, made before anything is trained (evaluate loads only the rest into its store).
        InnerSplit evaluation = InnerSplit.of(full, 0.1, 42, false, Set.of());
        Set<Long> judged = pairs(evaluation.hidden());
        assertThat(judged).hasSizeGreaterThan(100);
        assertThat(judged).noneMatch(p -> evaluation.graph().connected((int) (p >>> 32), (int) p.longValue()));

        Recorder audit = new Recorder(judged);
        Setup s = setup("a");
        TrainingReport report = s.training().train(evaluation.graph(), NO_OUTCOMES, 1, RankerTraining.Progress.NONE, audit);

        assertThat(report.promoted()).as(report.toString()).isTrue();
        assertThat(audit.graphs).isPositive();
        assertThat(audit.groups).isEqualTo(report.groups());
        assertThat(audit.positives).isPositive();
        assertThat(audit.judgedConnected).isZero();
        assertThat(audit.judgedPositive).isZero();
        assertThat(audit.liftsNotOwn).isZero();
        // The judged pairs would move the lift: computed with them (the whole graph) it differs.
        assertThat(evaluation.graph().interestLift()).isNotEqualTo(full.interestLift());

        // Judged on the hidden pairs through the serving ranking, the model still beats the formula: what it learnt
        // (a rare shared employer means a connection) holds for connections it never saw.
        double model = recall(evaluation, s.rankers().learned());
        double formula = recall(evaluation, s.rankers().formula());
        assertThat(model).as("model %s vs formula %s", model, formula).isGreaterThan(formula * 1.3);
    }

    @Test
    void theCheckFailsWhenTrainingSeesTheJudgedConnections() {
        MemberGraph full = planted();
        InnerSplit evaluation = InnerSplit.of(full, 0.1, 42, false, Set.of());
        Recorder audit = new Recorder(pairs(evaluation.hidden()));
        // Trained on the whole graph (the mistake the check is there to catch).
        setup("b").training().train(full, NO_OUTCOMES, 1, RankerTraining.Progress.NONE, audit);
        assertThat(audit.judgedConnected + audit.judgedPositive).isPositive();
    }

    private record Setup(Rankers rankers, RankerTraining training) {
    }

    private Setup setup(String name) {
        RankingSettings settings = RankingFixtures.settings("linear,trees");
        ModelStore store = ModelStore.in(dir.resolve(name));
        Rankers rankers = new Rankers(settings, RankingFixtures.SUGGESTIONS, store);
        return new Setup(rankers, new RankerTraining(null, RankingFixtures.SUGGESTIONS, settings, rankers, store, null, CLOCK));
    }

    private static double recall(InnerSplit split, Ranker ranker) {
        Ranking ranking = new Ranking(new Scorer(RankingFixtures.SUGGESTIONS), RankingFixtures.settings("linear,trees"));
        MemberGraph g = split.graph();
        double sum = 0;
        int members = 0;
        for (int u = 0; u < g.size(); u++) {
            int[] hidden = split.hidden()[u];
            if (hidden.length == 0) {
                continue;
            }
            int hits = 0;
            for (Ranking.Scored s : ranking.top(g, Viewer.Resolved.fromGraph(g, u), ranker, 10, ImpressionHistory.Shown.NONE,
                    CLOCK.instant())) {
                hits += java.util.Arrays.binarySearch(hidden, s.member()) >= 0 ? 1 : 0;
            }
            sum += (double) hits / hidden.length;
            members++;
        }
        return sum / members;
    }

    private static Set<Long> pairs(int[][] hidden) {
        Set<Long> pairs = new HashSet<>();
        for (int a = 0; a < hidden.length; a++) {
            for (int b : hidden[a]) {
                pairs.add(InnerSplit.pair(a, b));
            }
        }
        return pairs;
    }

    /**
     * 800 members, 5 random connections each, and partners: the other member of a two-member employer, always
     * connected (the signal the formula under-weighs, as in {@code RankerTrainingTest}); 16 members share each
     * "club" interest, unrelated to the partners (so the graphs have interest lifts, which hidden pairs move).
     */
    private static MemberGraph planted() {
        MemberGraphBuilder b = new MemberGraphBuilder();
        int n = 800;
        for (int i = 0; i < n; i++) {
            b.member(id(i), null);
            b.organization(id(i), "team" + i / 2, "Team " + i / 2, false);
            b.interest(id(i), "club" + i % 50, "Club " + i % 50);
        }
        Random r = new Random(5);
        for (int i = 0; i < n; i += 2) {
            b.connection(id(i), id(i + 1));
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 5; k++) {
                int j = r.nextInt(n);
                if (j / 2 != i / 2) {
                    b.connection(id(i), id(j));
                }
            }
        }
        return b.build();
    }

    private static String id(int i) {
        return String.format("m%03d", i);
    }
}
