package app.rapport.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * {@link InterestLift} on a hand-made graph of 10 members and 7 connections (density 7 / 45):
 * <pre>
 *   m0 — m1, m1 — m2, m0 — m2 (a "dorm" triangle), m3 — m4, m5 — m6, m7 — m8, m8 — m9
 * </pre>
 * "dorm" (m0, m1, m2) connects its holders; "gender" (m0, m3, m5, m7, m9) does not. A copy without one of
 * the dorm's connections (a training split's graph) has its own, lower lift.
 */
class InterestLiftTest {

    private static final double EPS = 1e-9;

    private static MemberGraph graph() {
        MemberGraphBuilder b = new MemberGraphBuilder();
        for (int i = 0; i < 10; i++) {
            b.member("m" + i, null);
        }
        b.connection("m0", "m1").connection("m1", "m2").connection("m0", "m2").connection("m3", "m4").connection("m5", "m6")
                .connection("m7", "m8").connection("m8", "m9");
        for (String m : new String[] {"m0", "m1", "m2"}) {
            b.interest(m, "dorm", "Dorm");
        }
        for (String m : new String[] {"m0", "m3", "m5", "m7", "m9"}) {
            b.interest(m, "gender", "Gender");
        }
        return b.build();
    }

    @Test
    void aSharedInterestThatConnectsPeopleLiftsAndOneThatDoesNotSinks() {
        MemberGraph g = graph();
        double[] lift = g.interestLift();
        // dorm: 3 connections among 3 pairs, 3 × 7/45 expected; gender: none among 10 pairs.
        assertThat(lift[g.interestIndex.get("dorm")]).isCloseTo(Math.log(4 / (1 + 3 * 7 / 45.0)), within(EPS));
        assertThat(lift[g.interestIndex.get("gender")]).isCloseTo(Math.log(1 / (1 + 10 * 7 / 45.0)), within(EPS));
        assertThat(g.interestLift()).isSameAs(lift);
    }

    @Test
    void aGraphWithoutSomeConnectionsHasItsOwnLift() {
        MemberGraph g = graph();
        double before = g.interestLift()[g.interestIndex.get("dorm")];
        InnerSplit split = InnerSplit.of(g, 0, 1, false, java.util.Set.of(InnerSplit.pair(g.indexOf("m0"), g.indexOf("m1"))));
        assertThat(split.graph().connected(g.indexOf("m0"), g.indexOf("m1"))).isFalse();
        // 2 of the dorm's connections left, at the density of 6 connections.
        assertThat(split.graph().interestLift()[g.interestIndex.get("dorm")])
                .isCloseTo(Math.log(3 / (1 + 3 * 6 / 45.0)), within(EPS));
        assertThat(g.interestLift()[g.interestIndex.get("dorm")]).isEqualTo(before);
    }
}
