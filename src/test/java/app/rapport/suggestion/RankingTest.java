package app.rapport.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import app.rapport.suggestion.ranking.LinearModel;
import app.rapport.suggestion.ranking.TrainingData;
import app.rapport.suggestion.ranking.TreeTrainer;

/**
 * The one ranking path on a hand-made graph: every ranker's parts add up to the score (impression discount
 * included), the ranker is chosen per call, and a candidate shown too often without action sinks, then recovers.
 */
class RankingTest {

    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

    /** me — f1, f2, f3; a knows f1, f2, f3; b knows f1, f2; c and d know f1; plus interests and a shared employer. */
    private static MemberGraph graph() {
        MemberGraphBuilder b = new MemberGraphBuilder();
        for (String id : List.of("me", "f1", "f2", "f3", "a", "b", "c", "d")) {
            b.member(id, id.toUpperCase());
        }
        b.connection("me", "f1").connection("me", "f2").connection("me", "f3");
        b.connection("a", "f1").connection("a", "f2").connection("a", "f3").connection("b", "f1").connection("b", "f2");
        b.connection("c", "f1").connection("d", "f1");
        b.interest("me", "chess", "Chess").interest("c", "chess", "Chess").interest("f2", "chess", "Chess");
        b.organization("me", "acme", "Acme", false).organization("d", "acme", "Acme", false);
        return b.build();
    }

    private static Ranking ranking(RankingSettings.Discount discount) {
        return new Ranking(new Scorer(RankingFixtures.SUGGESTIONS), RankingFixtures.settings(RankingFixtures.training("linear"), discount));
    }

    private static List<String> ids(MemberGraph g, List<Ranking.Scored> scored) {
        return scored.stream().map(s -> g.id(s.member())).toList();
    }

    /** A member shown {@code candidate} {@code times} times, last at {@code last}. */
    private static ImpressionHistory.Shown shown(String candidate, int times, Instant last) {
        return new ImpressionHistory.Shown() {
            @Override
            public int times(String c) {
                return c.equals(candidate) ? times : 0;
            }

            @Override
            public Instant lastShown(String c) {
                return c.equals(candidate) ? last : null;
            }
        };
    }

    @Test
    void everyRankersPartsAddUpToItsScore() {
        MemberGraph g = graph();
        Viewer.Resolved me = Viewer.Resolved.fromGraph(g, g.indexOf("me"));
        Ranking ranking = ranking(RankingFixtures.discount());
        TrainingData data = new TrainingData(Features.COUNT);
        Random r = new Random(5);
        for (int group = 0; group < 20; group++) {
            double[] x = new double[10 * Features.COUNT];
            float[] y = new float[10];
            for (int i = 0; i < x.length; i++) {
                x[i] = r.nextInt(4);
            }
            for (int i = 0; i < 10; i++) {
                y[i] = x[i * Features.COUNT + Features.AA] + x[i * Features.COUNT + Features.INT_IDF] > 3 ? 1 : 0;
            }
            data.add(x, y, 1f);
        }
        List<Ranker> rankers = List.of(new FormulaRanker(RankingFixtures.SUGGESTIONS.weights()),
                new LearnedRanker(RankingFixtures.madeUpLinear(), 1, RankingFixtures.SUGGESTIONS.weights()),
                new LearnedRanker(TreeTrainer.train(data, Features.NAMES, 7, 1, built -> {
                }), 2, RankingFixtures.SUGGESTIONS.weights()));
        for (Ranker ranker : rankers) {
            // "a" shown 5 times yesterday: its discount is a part too.
            List<Ranking.Scored> top = ranking.top(g, me, ranker, 10, shown("a", 5, NOW.minus(Duration.ofDays(1))), NOW);
            assertThat(ids(g, top)).as(ranker.name()).containsExactlyInAnyOrder("a", "b", "c", "d");
            for (Ranking.Scored s : top) {
                assertThat(s.parts().total()).as(ranker.name() + " " + g.id(s.member())).isCloseTo(s.score(), within(1e-9));
            }
            // As the API gives them (rounded to 6 decimals): still adding up to the score shown.
            for (Suggestion s : Explainer.explain(g, me, top, ranker.name())) {
                assertThat(s.parts().total()).as(ranker.name() + " " + s.memberId() + " " + s).isCloseTo(s.score(), within(1e-9));
                assertThat(s.score()).isCloseTo(top.get(s.rank() - 1).score(), within(1e-6));
            }
            assertThat(top.stream().filter(s -> g.id(s.member()).equals("a")).findFirst().orElseThrow().parts().impressionDiscount())
                    .as(ranker.name()).isNegative();
        }
        // The formula's parts are its weighted terms: a's three mutual connections of degree 2 and 3.
        Ranking.Scored first = ranking.top(g, me, rankers.get(0), 1, ImpressionHistory.Shown.NONE, NOW).get(0);
        assertThat(g.id(first.member())).isEqualTo("a");
        assertThat(first.parts().mutualConnections()).isCloseTo(1 / Math.log(5) + 1 / Math.log(3) + 1 / Math.log(2), within(1e-9));
        assertThat(first.parts().base()).isZero();
    }

    @Test
    void theRankerIsChosenPerCall() {
        MemberGraph g = graph();
        Viewer.Resolved me = Viewer.Resolved.fromGraph(g, g.indexOf("me"));
        Ranking ranking = ranking(RankingFixtures.discount());
        // A model that only looks at the shared employer puts d first; the formula puts a first.
        double[] w = new double[Features.COUNT];
        w[Features.SAME_COMPANY] = 5;
        double[] sd = new double[Features.COUNT];
        java.util.Arrays.fill(sd, 1);
        Ranker employer = new LearnedRanker(new LinearModel(Features.NAMES, new double[Features.COUNT], sd, w, 0), 9,
                RankingFixtures.SUGGESTIONS.weights());
        Ranker formula = new FormulaRanker(RankingFixtures.SUGGESTIONS.weights());
        assertThat(ids(g, ranking.top(g, me, formula, 1, ImpressionHistory.Shown.NONE, NOW))).containsExactly("a");
        List<Ranking.Scored> byModel = ranking.top(g, me, employer, 1, ImpressionHistory.Shown.NONE, NOW);
        assertThat(ids(g, byModel)).containsExactly("d");
        assertThat(byModel.get(0).parts().sameCompany()).isCloseTo(5, within(1e-9));
        assertThat(employer.name()).isEqualTo("learned-v9");
        List<Suggestion> explained = Explainer.explain(g, me, byModel, employer.name());
        assertThat(explained.get(0).ranker()).isEqualTo("learned-v9");
        assertThat(explained.get(0).reasons()).first().hasToString("SAME_COMPANY");
    }

    @Test
    void aCandidateShownTooOftenWithoutActionSinksThenRecovers() {
        MemberGraph g = graph();
        Viewer.Resolved me = Viewer.Resolved.fromGraph(g, g.indexOf("me"));
        Ranking ranking = ranking(RankingFixtures.discount());
        Ranker formula = new FormulaRanker(RankingFixtures.SUGGESTIONS.weights());
        Instant yesterday = NOW.minus(Duration.ofDays(1));
        assertThat(ids(g, ranking.top(g, me, formula, 10, ImpressionHistory.Shown.NONE, NOW))).first().isEqualTo("a");
        // Below the threshold (3): free impressions.
        assertThat(ids(g, ranking.top(g, me, formula, 10, shown("a", 2, yesterday), NOW))).first().isEqualTo("a");
        // Shown 3 times: a loses its place; the more often, the lower it goes.
        List<String> three = ids(g, ranking.top(g, me, formula, 10, shown("a", 3, yesterday), NOW));
        List<String> six = ids(g, ranking.top(g, me, formula, 10, shown("a", 6, yesterday), NOW));
        assertThat(three.indexOf("a")).isPositive();
        assertThat(six.indexOf("a")).isEqualTo(six.size() - 1);
        // Not shown for 10 weeks: it recovers.
        assertThat(ids(g, ranking.top(g, me, formula, 10, shown("a", 6, NOW.minus(Duration.ofDays(70))), NOW))).first().isEqualTo("a");
        // N is configurable: with after = 5, three impressions are free and five sink it.
        Ranking five = ranking(new RankingSettings.Discount(5, 1.0, Duration.ofDays(14)));
        assertThat(ids(g, five.top(g, me, formula, 10, shown("a", 3, yesterday), NOW))).first().isEqualTo("a");
        assertThat(ids(g, five.top(g, me, formula, 10, shown("a", 5, yesterday), NOW)).indexOf("a")).isPositive();
        // Strength 0 turns discounting off.
        Ranking off = ranking(new RankingSettings.Discount(3, 0, Duration.ofDays(14)));
        assertThat(ids(g, off.top(g, me, formula, 10, shown("a", 6, yesterday), NOW))).first().isEqualTo("a");
    }

    @Test
    void theSharedRankersAnswerByName() {
        Rankers rankers = new Rankers(RankingFixtures.settings("linear"), RankingFixtures.SUGGESTIONS,
                ModelStore.in(java.nio.file.Path.of("target", "no-models-" + System.nanoTime())));
        assertThat(rankers.named("formula")).isSameAs(rankers.formula());
        // No model promoted yet: "learned" is the formula.
        assertThat(rankers.named("learned")).isSameAs(rankers.formula());
        assertThat(rankers.served()).isSameAs(rankers.formula());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rankers.named("magic")).isInstanceOf(IllegalArgumentException.class);
    }
}
