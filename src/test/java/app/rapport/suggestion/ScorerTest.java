package app.rapport.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The scorer on hand-built in-memory graphs (no database: it never runs Cypher). */
class ScorerTest {

    private static final SuggestionSettings SETTINGS = new SuggestionSettings(
            new SuggestionSettings.Weights(1, 0.1, 1, 1, 0.5, 0), 100, 2000, java.time.Duration.ofMinutes(10), false);

    @Test
    void adamicAdarPrefersMutualConnectionsWithFewConnections() {
        MemberGraphBuilder b = new MemberGraphBuilder();
        for (String id : List.of("me", "small", "hub", "x", "y")) {
            b.member(id, null);
        }
        b.connection("me", "small").connection("me", "hub").connection("small", "x").connection("hub", "y");
        for (int i = 0; i < 50; i++) {
            b.member("h" + i, null).connection("hub", "h" + i);
        }
        MemberGraph g = b.build();
        Candidates ranked = rank(g, new Viewer("me", List.of("small", "hub"), List.of(), List.of(), List.of(), List.of()), 3);
        assertThat(g.id(ranked.member(0))).isEqualTo("x");
        assertThat(ranked.adamicAdar(ranked.member(0))).isEqualTo(1 / Math.log(2));
        // Equal scores: smaller id first.
        assertThat(List.of(g.id(ranked.member(1)), g.id(ranked.member(2)))).containsExactly("h0", "h1");
    }

    @Test
    void aHugeNeighbourIsSampledSoWorkStaysBounded() {
        MemberGraphBuilder b = new MemberGraphBuilder().member("me", null).member("hub", null).connection("me", "hub");
        for (int i = 0; i < 1000; i++) {
            b.member(String.format("c%04d", i), null).connection("hub", String.format("c%04d", i));
        }
        MemberGraph g = b.build();
        Viewer viewer = new Viewer("me", List.of("hub"), List.of(), List.of(), List.of(), List.of());
        Candidates ranked = rank(g, viewer, 2000);
        // maxExpansion = 100: the hub's 1001 neighbours are visited with a stride of 11 (91 of them), each
        // weighted 11×, so the estimate stays unbiased while the work is bounded.
        assertThat(ranked.size()).isBetween(90, 91);
        assertThat(ranked.adamicAdar(ranked.member(0))).isEqualTo(11 / Math.log(1001));
        assertThat(ranked.common(ranked.member(0))).isEqualTo(11);
        // Explanations count mutual connections exactly anyway.
        var scored = new Ranking.Scored(ranked.member(0), ranked.formula(0),
                new FormulaRanker(SETTINGS.weights()).parts(ranked, 0, null));
        var explained = Explainer.explain(g, viewer.resolve(g), List.of(scored), FormulaRanker.NAME);
        assertThat(explained.get(0).mutualConnectionCount()).isEqualTo(1);
        assertThat(explained.get(0).mutualConnections().get(0).id()).isEqualTo("hub");
    }

    @Test
    void rareInterestsFindCandidatesWithoutAPathCommonOnesOnlyScore() {
        MemberGraphBuilder b = new MemberGraphBuilder();
        for (int i = 0; i < 30; i++) {
            b.member("m" + i, null).interest("m" + i, "common", "Common");
        }
        b.member("me", null).interest("me", "common", "Common").interest("me", "rare", "Rare").interest("m7", "rare", "Rare");
        SuggestionSettings tight = new SuggestionSettings(SETTINGS.weights(), 100, 5, SETTINGS.resyncInterval(), false);
        MemberGraph g = b.build();
        Viewer viewer = new Viewer("me", List.of(), List.of("common", "rare"), List.of(), List.of(), List.of());
        Candidates ranked = new Scorer(tight).gather(g, viewer.resolve(g), tight.weights(), 10);
        assertThat(ranked.size()).isEqualTo(1);
        assertThat(g.id(ranked.member(0))).isEqualTo("m7");
        // Same two interests on both sides: the cosine of the idf-weighted vectors is 1.
        assertThat(ranked.interestSimilarity(ranked.member(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void theKeptCandidatesAreTheBestByScoreTiesToTheSmallerId() {
        MemberGraphBuilder b = new MemberGraphBuilder();
        java.util.Random random = new java.util.Random(7);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            ids.add(Integer.toString(random.nextInt(1_000_000)) + "-" + i);
        }
        java.util.Collections.shuffle(ids, random);
        ids.forEach(id -> b.member(id, null));
        MemberGraph g = b.build();
        int[] members = new int[g.size()];
        double[] scores = new double[g.size()];
        Candidates.Top top = new Candidates.Top(g, 300);
        for (int m = 0; m < g.size(); m++) {
            members[m] = m;
            scores[m] = 1 + random.nextInt(40); // many ties
            top.offer(m, scores[m]);
        }
        List<Integer> expected = java.util.stream.IntStream.range(0, g.size()).boxed()
                .sorted(java.util.Comparator.<Integer>comparingDouble(m -> -scores[m]).thenComparing(m -> g.id(m)))
                .limit(300).toList();
        Candidates kept = top.candidates(new Scorer.Scratch(), new Viewer("x", List.of(), List.of(), List.of(), List.of(), List.of())
                .resolve(g));
        assertThat(java.util.Arrays.stream(kept.members()).boxed().toList()).isEqualTo(expected);
        for (int i = 0; i < kept.size(); i++) {
            assertThat(kept.formula(i)).isEqualTo(scores[kept.member(i)]);
        }
    }

    private static Candidates rank(MemberGraph g, Viewer v, int limit) {
        return new Scorer(SETTINGS).gather(g, v.resolve(g), SETTINGS.weights(), limit);
    }
}
