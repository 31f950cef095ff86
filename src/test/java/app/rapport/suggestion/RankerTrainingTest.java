package app.rapport.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training through the product's code on small hand-made graphs (no database: the outcomes are given): a model
 * that finds a planted signal the formula under-weighs is promoted and serves; one that cannot beat the formula
 * is stored with its figures but not promoted; a new process serves the promoted model from the store.
 */
class RankerTrainingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC);
    private static final Outcomes.Found NO_OUTCOMES = new Outcomes.Found(0, List.of());

    @TempDir
    Path dir;

    private record Setup(Rankers rankers, RankerTraining training, ModelStore store) {
    }

    private Setup setup(String models) {
        RankingSettings settings = RankingFixtures.settings(models);
        ModelStore store = ModelStore.in(dir.resolve("models"));
        Rankers rankers = new Rankers(settings, RankingFixtures.SUGGESTIONS, store);
        return new Setup(rankers, new RankerTraining(null, RankingFixtures.SUGGESTIONS, settings, rankers, store, null, CLOCK), store);
    }

    /**
     * 600 members, each with 5 random connections and one partner: the only other member of a small employer
     * of two, always connected to them. The formula gives a shared employer 0.05 (less than one mutual
     * connection), so a hidden partner ranks below the friends of friends; a model can learn that a rare shared
     * employer means a connection. {@code without} leaves one partner pair unconnected.
     */
    private static MemberGraph planted(String without) {
        MemberGraphBuilder b = new MemberGraphBuilder();
        int n = 600;
        for (int i = 0; i < n; i++) {
            b.member(id(i), null);
            b.organization(id(i), "team" + i / 2, "Team " + i / 2, false);
        }
        Random r = new Random(11);
        for (int i = 0; i < n; i += 2) {
            if (!id(i).equals(without)) {
                b.connection(id(i), id(i + 1));
            }
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

    @Test
    void aModelThatFindsAPlantedSignalBeatsTheFormulaAndServes() {
        Setup s = setup("linear,trees");
        MemberGraph g = planted("m000");
        TrainingReport report = s.training().train(g, NO_OUTCOMES, 1, RankerTraining.Progress.NONE);
        assertThat(report.promoted()).as(report.toString()).isTrue();
        assertThat(report.recall()).isGreaterThan(report.formulaRecall() * 1.5);
        assertThat(report.recalls()).containsKeys("formula", "linear", "trees");
        assertThat(report.groups()).isPositive();
        Ranker learned = s.rankers().learned();
        assertThat(learned.name()).isEqualTo("learned-v1");
        assertThat(s.rankers().served()).isSameAs(learned);
        // m000's partner m001 shares a two-member employer and is not connected: the model puts it first, for that reason.
        Viewer.Resolved me = Viewer.Resolved.fromGraph(g, g.indexOf("m000"));
        Ranking ranking = new Ranking(new Scorer(RankingFixtures.SUGGESTIONS), RankingFixtures.settings("linear,trees"));
        List<Ranking.Scored> byModel = ranking.top(g, me, learned, 10, ImpressionHistory.Shown.NONE, CLOCK.instant());
        List<Ranking.Scored> byFormula = ranking.top(g, me, s.rankers().formula(), 10, ImpressionHistory.Shown.NONE, CLOCK.instant());
        assertThat(g.id(byModel.get(0).member())).isEqualTo("m001");
        // First on its score, not by the tie-break (m001 is also the smallest id a model that learnt nothing would put first).
        assertThat(byModel.get(0).score()).isGreaterThan(byModel.get(1).score());
        Suggestion.ScoreParts parts = byModel.get(0).parts();
        assertThat(parts.sameCompany()).isGreaterThan(Math.abs(parts.mutualConnections()));
        assertThat(byFormula.stream().map(x -> g.id(x.member()))).doesNotContain("m001");
        // Stored with its figures; a new process (new Rankers on the same store) serves it.
        Rankers restarted = new Rankers(RankingFixtures.settings("linear,trees"), RankingFixtures.SUGGESTIONS, s.store());
        assertThat(restarted.learned().name()).isEqualTo("learned-v1");
        assertThat(restarted.promoted().orElseThrow().recall()).isEqualTo(report.recall());
        assertThat(dir.resolve("models/1/model.json")).isRegularFile();
        assertThat(dir.resolve("models/1/meta.json")).isRegularFile();
    }

    /**
     * Cliques of four plus a few bridges: every member has fewer than ten candidates, so every ranker puts all of
     * them in its top 10 and finds the same hidden connections. The model cannot beat the formula: it is stored,
     * not promoted, and the formula keeps serving.
     */
    @Test
    void aModelThatDoesNotBeatTheFormulaIsNotPromoted() {
        MemberGraphBuilder b = new MemberGraphBuilder();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            ids.add(id(i));
            b.member(id(i), null);
        }
        for (int c = 0; c < 240; c += 4) {
            for (int i = c; i < c + 4; i++) {
                for (int j = i + 1; j < c + 4; j++) {
                    b.connection(ids.get(i), ids.get(j));
                }
            }
        }
        Random r = new Random(3);
        for (int k = 0; k < 10; k++) {
            b.connection(ids.get(r.nextInt(240)), ids.get(r.nextInt(240)));
        }
        MemberGraph g = b.build();
        Setup s = setup("linear");
        TrainingReport report = s.training().train(g, NO_OUTCOMES, 1, RankerTraining.Progress.NONE);
        assertThat(report.recalls().get("linear")).isEqualTo(report.formulaRecall());
        assertThat(report.promoted()).isFalse();
        assertThat(s.rankers().learned()).isSameAs(s.rankers().formula());
        assertThat(s.training().status().last().version()).isEqualTo(1);
        assertThat(s.store().newest().orElseThrow().report().promoted()).isFalse();
        assertThat(s.store().newestPromoted()).isEmpty();

        // With a model already serving, a training that does not beat the formula leaves it serving (and after a restart).
        ModelStore store = ModelStore.in(dir.resolve("serving"));
        store.save(report(1, CLOCK.instant(), true), RankingFixtures.madeUpLinear());
        RankingSettings settings = RankingFixtures.settings("linear");
        Rankers rankers = new Rankers(settings, RankingFixtures.SUGGESTIONS, store);
        assertThat(rankers.served().name()).isEqualTo("learned-v1");
        TrainingReport second = new RankerTraining(null, RankingFixtures.SUGGESTIONS, settings, rankers, store, null, CLOCK)
                .train(g, NO_OUTCOMES, 1, RankerTraining.Progress.NONE);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.promoted()).isFalse();
        assertThat(rankers.served().name()).isEqualTo("learned-v1");
        assertThat(new Rankers(settings, RankingFixtures.SUGGESTIONS, store).served().name()).isEqualTo("learned-v1");
    }

    /**
     * Outcomes join training once there are enough positives; an accepted pair is hidden while its features are
     * computed (they are what the member saw before the two connected, not the connection itself).
     */
    @Test
    void outcomesJoinTrainingWithTheAcceptedConnectionHidden() {
        MemberGraph g = planted(null);
        int u = g.indexOf("m010");
        int partner = g.indexOf("m011");
        int stranger = g.indexOf("m500");
        InnerSplit split = InnerSplit.of(g, 0.1, 7, true, java.util.Set.of(InnerSplit.pair(u, partner)));
        assertThat(g.connected(u, partner)).isTrue();
        assertThat(split.graph().connected(u, partner)).isFalse();
        assertThat(split.hidden()[u]).contains(partner);

        Outcomes.Found found = new Outcomes.Found(1, List.of(new Outcomes.Labelled(u, new int[] {partner, stranger},
                new float[] {1, 0}, new int[] {1, 2})));
        RankingSettings settings = RankingFixtures.settings(RankingFixtures.training("linear"), RankingFixtures.discount());
        settings = new RankingSettings(settings.ranker(), settings.candidates(), settings.retrainInterval(), settings.firstTrainingDelay(),
                1, settings.training(), settings.discount(), new RankingSettings.Outcomes(1, 2.0, false));
        ModelStore store = ModelStore.in(dir.resolve("outcomes"));
        Rankers rankers = new Rankers(settings, RankingFixtures.SUGGESTIONS, store);
        RankerTraining training = new RankerTraining(null, RankingFixtures.SUGGESTIONS, settings, rankers, store, null, CLOCK);
        TrainingReport report = training.train(g, found, 1, RankerTraining.Progress.NONE);
        assertThat(report.outcomePositives()).isEqualTo(1);
        assertThat(report.outcomeGroups()).isEqualTo(1);

        // Below the threshold they are counted but not learnt from.
        TrainingReport without = setup("linear").training().train(g, found, 1, RankerTraining.Progress.NONE);
        assertThat(without.outcomePositives()).isEqualTo(1);
        assertThat(without.outcomeGroups()).isZero();
    }

    @Test
    void aStoredModelOfAnotherFeatureListCountsAsNoTraining() {
        Setup s = setup("linear");
        Instant trained = CLOCK.instant().minus(Duration.ofHours(1));
        int n = Features.NAMES.size() - 1;   // as stored before an upgrade added a feature
        s.store().save(report(1, trained, true), new app.rapport.suggestion.ranking.LinearModel(Features.NAMES.subList(0, n),
                new double[n], java.util.Collections.nCopies(n, 1.0).stream().mapToDouble(Double::doubleValue).toArray(), new double[n], 0));
        assertThat(s.training().lastUsableTraining()).as("an hour-old model no request can use").isNull();
        s.store().save(report(2, trained, false), null);   // then the formula was kept: a training this code can use
        assertThat(s.training().lastUsableTraining()).isEqualTo(trained);
    }

    private static TrainingReport report(int version, Instant trainedAt, boolean promoted) {
        return new TrainingReport(version, trainedAt, promoted, promoted ? "linear" : "formula", 0.2, 0.1, java.util.Map.of(), 10, 1,
                false, 10, 100, 0, 0, 100, 1000, 1.0, List.of());
    }

    /** {@code rapport.ranking.retrain-interval=0} turns the background training off; a command never schedules one. */
    @Test
    void aRetrainIntervalOfZeroSchedulesNoTraining() {
        Setup s = setup("linear");
        RankingSettings daily = RankingFixtures.settings("linear");
        for (Duration interval : List.of(Duration.ZERO, Duration.ofDays(1))) {
            RankingSettings settings = new RankingSettings(daily.ranker(), daily.candidates(), interval, daily.firstTrainingDelay(),
                    daily.trainingThreads(), daily.training(), daily.discount(), daily.outcomes());
            for (boolean command : List.of(false, true)) {
                org.springframework.mock.env.MockEnvironment env = new org.springframework.mock.env.MockEnvironment();
                if (command) {
                    env.setProperty("rapport.command", "train");
                }
                RankerSchedule schedule = new RankerSchedule(s.training(), settings, env, CLOCK);
                try {
                    schedule.start();
                    assertThat(schedule.scheduled()).as("interval %s, command %s", interval, command)
                            .isEqualTo(!interval.isZero() && !command ? 1 : 0);
                } finally {
                    schedule.destroy();
                }
            }
        }
    }

    @Test
    void theFirstBackgroundTrainingWaitsForTheNewestModelToGoStale() {
        Instant now = CLOCK.instant();
        Duration day = Duration.ofDays(1);
        Duration minimum = Duration.ofSeconds(30);
        assertThat(RankerSchedule.firstDelay(null, now, day, minimum)).isEqualTo(minimum);
        assertThat(RankerSchedule.firstDelay(now.minus(Duration.ofDays(3)), now, day, minimum)).isEqualTo(minimum);
        assertThat(RankerSchedule.firstDelay(now.minus(Duration.ofHours(6)), now, day, minimum)).isEqualTo(Duration.ofHours(18));
    }
}
