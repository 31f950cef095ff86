package app.rapport.suggestion;

import static app.rapport.suggestion.Features.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every feature of {@link Features} on a hand-made graph whose values are worked out by hand:
 * <pre>
 *   me — f1, me — f2, f1 — f2, f1 — c, f2 — c, f1 — d, c — y, d — y       (+ 200 members without connections)
 * </pre>
 * Candidates of me: c (mutual f1, f2) and d (mutual f1). Interests: "rare" (me, c: 2 of 206 members),
 * "mid" (me, c, f1 + 7 others: 10 of 206), "common" (me, c + 48 others: 50 of 206). Organisation "acme"
 * (company): me, c, f2. Place "paris": me, d, f1.
 */
class FeaturesTest {

    private static final SuggestionSettings SETTINGS = new SuggestionSettings(new SuggestionSettings.Weights(1, 0.5, 0.05, 1, 0.25, 0.05),
            4000, 2000, java.time.Duration.ofMinutes(10), false);
    private static final double EPS = 1e-9;

    /** Day numbers: the newest connection (c — y) is day 1000. */
    private static MemberGraph graph(boolean dated) {
        MemberGraphBuilder b = new MemberGraphBuilder();
        for (String id : List.of("me", "f1", "f2", "c", "d", "y")) {
            b.member(id, id);
        }
        for (int i = 0; i < 200; i++) {
            b.member(String.format("z%03d", i), null);
        }
        b.connection("me", "f1", day(dated, 900)).connection("me", "f2", day(dated, 950)).connection("f1", "f2", day(dated, 500))
                .connection("f1", "c", day(dated, 600)).connection("f2", "c", day(dated, 700)).connection("f1", "d", day(dated, 980))
                .connection("c", "y", day(dated, 1000)).connection("d", "y", day(dated, 100));
        for (String m : List.of("me", "c")) {
            b.interest(m, "rare", "Rare").interest(m, "mid", "Mid").interest(m, "common", "Common");
        }
        b.interest("f1", "mid", "Mid");
        for (int i = 0; i < 48; i++) {
            b.interest(String.format("z%03d", i), "common", "Common");
            if (i < 7) {
                b.interest(String.format("z%03d", i), "mid", "Mid");
            }
        }
        for (String m : List.of("me", "c", "f2")) {
            b.organization(m, "acme", "Acme", false);
        }
        for (String m : List.of("me", "d", "f1")) {
            b.place(m, "paris", "Paris");
        }
        return b.build();
    }

    private static int day(boolean dated, int day) {
        return dated ? day : MemberGraph.UNKNOWN_DAY;
    }

    private record Rows(MemberGraph g, double[] c, double[] d) {
    }

    private static Rows rows(boolean dated, int[] shown) {
        MemberGraph g = graph(dated);
        Candidates kept = new Scorer(SETTINGS).gather(g, Viewer.Resolved.fromGraph(g, g.indexOf("me")), SETTINGS.weights(), 300);
        int[] pair = {g.indexOf("c"), g.indexOf("d")};
        double[] x = Features.compute(kept, pair, shown);
        return new Rows(g, java.util.Arrays.copyOfRange(x, 0, COUNT), java.util.Arrays.copyOfRange(x, COUNT, 2 * COUNT));
    }

    @Test
    void mutualConnectionCountsAndDegrees() {
        Rows r = rows(false, null);
        double[] c = r.c();
        double[] d = r.d();
        assertThat(c[CN]).isEqualTo(2);
        assertThat(c[AA]).isCloseTo(1 / Math.log(4) + 1 / Math.log(3), within(EPS));
        assertThat(c[RA]).isCloseTo(1 / 4.0 + 1 / 3.0, within(EPS));
        // |N(me) ∪ N(c)| = 2 + 3 − 2.
        assertThat(c[JACCARD]).isCloseTo(2 / 3.0, within(EPS));
        assertThat(c[LDEG_U]).isCloseTo(Math.log(3), within(EPS));
        assertThat(c[LDEG_C]).isCloseTo(Math.log(4), within(EPS));
        assertThat(c[LPA]).isCloseTo(Math.log(7), within(EPS));
        assertThat(d[CN]).isEqualTo(1);
        assertThat(d[AA]).isCloseTo(1 / Math.log(4), within(EPS));
        assertThat(d[RA]).isCloseTo(0.25, within(EPS));
        assertThat(d[JACCARD]).isCloseTo(1 / 3.0, within(EPS));
    }

    @Test
    void threeStepPathsCountEveryWalkThroughTheViewersCircle() {
        Rows r = rows(false, null);
        // me–f2–f1–c and me–f1–f2–c.
        assertThat(r.c()[LP3]).isCloseTo(Math.log1p(2), within(EPS));
        assertThat(r.c()[P3N]).isCloseTo(2 / (2.0 * 3), within(EPS));
        // me–f2–f1–d only.
        assertThat(r.d()[LP3]).isCloseTo(Math.log1p(1), within(EPS));
        assertThat(r.d()[P3N]).isCloseTo(1 / (2.0 * 2), within(EPS));
    }

    @Test
    void standingAmongTheViewersOwnCandidates() {
        Rows r = rows(false, null);
        assertThat(r.c()[AA_REL]).isCloseTo(1, within(EPS));
        assertThat(r.c()[RA_REL]).isCloseTo(1, within(EPS));
        assertThat(r.c()[LRANK_AA]).isCloseTo(1, within(EPS));
        assertThat(r.d()[AA_REL]).isCloseTo((1 / Math.log(4)) / (1 / Math.log(4) + 1 / Math.log(3)), within(EPS));
        assertThat(r.d()[RA_REL]).isCloseTo(0.25 / (1 / 4.0 + 1 / 3.0), within(EPS));
        // One kept candidate (c) has a larger Adamic-Adar.
        assertThat(r.d()[LRANK_AA]).isCloseTo(Math.log(3) / Math.log(2), within(EPS));
    }

    @Test
    void closeCirclesCountMutualConnectionsThatKnowEachOther() {
        Rows r = rows(false, null);
        // c's mutual connections f1 (degree 4) and f2 (degree 3) know each other: γ = 1 each.
        assertThat(r.c()[CRA]).isCloseTo(1 / 4.0 + 1 / 3.0, within(EPS));
        assertThat(r.c()[LRANK_CRA]).isCloseTo(1, within(EPS));
        // d has one mutual connection: nothing to know.
        assertThat(r.d()[CRA]).isZero();
        assertThat(r.d()[LRANK_CRA]).isCloseTo(Math.log(3) / Math.log(2), within(EPS));
    }

    /**
     * A circle of 40 who all know each other, the viewer and the candidate: each mutual connection has degree 41
     * and knows the 39 others, CRA = 40 · 39 / 41. Only 32 are read; the scaled sum stays within 1 %.
     */
    @Test
    void aLargeCircleIsSampledAndScaled() {
        MemberGraphBuilder b = new MemberGraphBuilder().member("me", null).member("c", null);
        for (int i = 0; i < 40; i++) {
            String f = String.format("f%02d", i);
            b.member(f, null).connection("me", f).connection("c", f);
            for (int j = 0; j < i; j++) {
                b.connection(f, String.format("f%02d", j));
            }
        }
        MemberGraph g = b.build();
        Candidates kept = new Scorer(SETTINGS).gather(g, Viewer.Resolved.fromGraph(g, g.indexOf("me")), SETTINGS.weights(), 300);
        double[] x = Features.compute(kept, new int[] {g.indexOf("c")}, null);
        assertThat(x[CRA]).isCloseTo(40 * 39 / 41.0, within(40 * 39 / 41.0 * 0.01));
    }

    @Test
    void sharedInterestsByRarityAndByHowMuchTheViewersCircleHoldsThem() {
        Rows r = rows(false, null);
        MemberGraph g = r.g();
        double[] c = r.c();
        double idf = Math.log(206 / 2.0) + Math.log(206 / 10.0) + Math.log(206 / 50.0);
        assertThat(c[INT_IDF]).isCloseTo(idf, within(EPS));
        assertThat(c[INT_COS]).isCloseTo(1, within(EPS));
        assertThat(c[INT_N]).isEqualTo(3);
        assertThat(c[INT_RARE]).isEqualTo(1);
        assertThat(c[INT_MID]).isEqualTo(1);
        assertThat(c[INT_COMMON]).isEqualTo(1);
        // Of me's two connections, f1 holds "mid": 0.5; nobody holds the other two.
        assertThat(c[INT_FRIEND]).isCloseTo(0.5, within(EPS));
        assertThat(r.d()[INT_N]).isZero();
        assertThat(r.d()[INT_COS]).isZero();
        assertThat(g.size()).isEqualTo(206);
    }

    @Test
    void sharedInterestsByHowMuchTheyConnectPeopleOnThisGraph() {
        Rows r = rows(false, null);
        // 8 connections among 206 members: 8 / 21,115 pairs. Expected connections among an interest's holders =
        // their pairs × that density; lift = (connections among them + 1) / (expected + 1).
        double density = 8 / 21_115.0;
        double rare = Math.log(1 / (1 + 1 * density));
        // "mid" (me, c, f1 + 7): me — f1 and f1 — c, 45 pairs.
        double mid = Math.log(3 / (1 + 45 * density));
        double common = Math.log(1 / (1 + 1_225 * density));
        assertThat(r.c()[INT_LIFT]).isCloseTo(rare + mid + common, within(EPS));
        assertThat(r.c()[INT_LIFT_MAX]).isCloseTo(mid, within(EPS));
        assertThat(r.d()[INT_LIFT]).isZero();
        assertThat(r.d()[INT_LIFT_MAX]).isZero();
    }

    @Test
    void organisationAndPlace() {
        Rows r = rows(false, null);
        assertThat(r.c()[SAME_COMPANY]).isEqualTo(1);
        assertThat(r.c()[SAME_SCHOOL]).isZero();
        assertThat(r.c()[ORG_IDF]).isCloseTo(Math.log(206 / 3.0), within(EPS));
        // f2 of {f1, f2} works there too.
        assertThat(r.c()[ORG_FRIEND]).isCloseTo(0.5, within(EPS));
        assertThat(r.c()[SAME_PLACE]).isZero();
        assertThat(r.d()[SAME_PLACE]).isEqualTo(1);
        assertThat(r.d()[PLACE_FRIEND]).isCloseTo(0.5, within(EPS));
        assertThat(r.d()[SAME_COMPANY]).isZero();
    }

    @Test
    void connectionAgesWhereTheGraphHasDatesAndZeroWhereItHasNone() {
        Rows dated = rows(true, null);
        assertThat(dated.g().dated).isTrue();
        // Paths me–f1–c: max(900, 600) = 900; me–f2–c: max(950, 700) = 950, the newest: 1000 − 950 days.
        assertThat(dated.c()[LPATH_AGE]).isCloseTo(Math.log1p(50), within(EPS));
        // c's newest connection is c — y, day 1000.
        assertThat(dated.c()[LCAND_AGE]).isCloseTo(0, within(EPS));
        // me–f1–d: max(900, 980); d's newest connection: day 980.
        assertThat(dated.d()[LPATH_AGE]).isCloseTo(Math.log1p(20), within(EPS));
        assertThat(dated.d()[LCAND_AGE]).isCloseTo(Math.log1p(20), within(EPS));
        Rows undated = rows(false, null);
        assertThat(undated.g().dated).isFalse();
        assertThat(undated.c()[LPATH_AGE]).isZero();
        assertThat(undated.c()[LCAND_AGE]).isZero();
    }

    @Test
    void aGraphWhoseConnectionsAllShareOneDayHasNoDates() {
        MemberGraphBuilder b = new MemberGraphBuilder();
        for (String id : List.of("a", "b", "c", "d")) {
            b.member(id, null);
        }
        // An edge-list import stamps every connection with the import time.
        b.connection("a", "b", 20000).connection("b", "c", 20000).connection("c", "d", 20000).connection("a", "d", 19000);
        assertThat(b.build().dated).isFalse();
    }

    @Test
    void connectionEventsKeepTheDatesBesideTheirRows() {
        MemberGraph g = graph(true);
        int me = g.indexOf("me");
        int y = g.indexOf("y");
        java.time.Instant at = java.time.Instant.parse("2026-11-30T10:00:00Z");
        int day = (int) at.getEpochSecond() / 86_400;
        assertThat(GraphChanges.apply(g, new app.rapport.network.ConnectionCreated("me", "y", at))).isTrue();
        int[] row = g.adjacency[me];
        int[] days = g.sinceRow(me, row);
        assertThat(days).isNotNull();
        assertThat(days[java.util.Arrays.binarySearch(row, y)]).isEqualTo(day);
        assertThat(days[java.util.Arrays.binarySearch(row, g.indexOf("f1"))]).isEqualTo(900);
        assertThat(g.sinceRow(y, g.adjacency[y])[java.util.Arrays.binarySearch(g.adjacency[y], me)]).isEqualTo(day);
        assertThat(g.newestDay).isEqualTo(day);
        assertThat(GraphChanges.apply(g, new app.rapport.network.ConnectionRemoved("me", "f1", at))).isTrue();
        assertThat(g.adjacency[me]).hasSize(2);
        assertThat(g.sinceRow(me, g.adjacency[me])).containsExactlyInAnyOrder(950, day);
        // The degree term stage 1 reads follows the rows.
        for (int m = 0; m < g.size(); m++) {
            assertThat(g.logDegree[m]).as(g.id(m)).isEqualTo(Math.log1p(g.adjacency[m].length));
        }
    }

    @Test
    void timesShownIsTheImpressionCountGiven() {
        Rows r = rows(false, new int[] {4, 0});
        assertThat(r.c()[SHOWN]).isEqualTo(4);
        assertThat(r.d()[SHOWN]).isZero();
        assertThat(rows(false, null).c()[SHOWN]).isZero();
    }

    @Test
    void theNamesListEveryColumnOnce() {
        assertThat(NAMES).hasSize(COUNT).doesNotHaveDuplicates();
        assertThat(NAMES.get(SHOWN)).isEqualTo("shown");
        assertThat(NAMES.get(LP3)).isEqualTo("lp3");
        assertThat(NAMES.get(PLACE_FRIEND)).isEqualTo("place_friend");
        assertThat(NAMES.get(CRA)).isEqualTo("cra");
        assertThat(NAMES.get(LRANK_CRA)).isEqualTo("lrank_cra");
    }
}
