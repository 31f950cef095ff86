package app.rapport.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The intervals against published values: Wilson's score interval from Newcombe, "Two-sided confidence intervals
 * for the single proportion" (Stat Med 1998;17:857–872, Table I, method 3), and the hybrid score interval for a
 * difference from Newcombe, "Interval estimation for the difference between independent proportions"
 * (Stat Med 1998;17:873–890, Table II, method 10). Published to 4 decimals.
 */
class IntervalsTest {

    private static final double EPS = 0.00006;

    @Test
    void wilsonMatchesNewcombesTable() {
        assertRate(Intervals.wilson(81, 263), 0.2553, 0.3662);
        assertRate(Intervals.wilson(15, 148), 0.0624, 0.1605);
        assertRate(Intervals.wilson(0, 20), 0.0, 0.1611);
        assertRate(Intervals.wilson(1, 29), 0.0061, 0.1718);
    }

    @Test
    void newcombeHybridMatchesHisExamples() {
        // (a) 56/70 vs 48/80
        assertDifference(Intervals.newcombe(Intervals.wilson(56, 70), Intervals.wilson(48, 80)), 0.2, 0.0524, 0.3339);
        // (b) 9/10 vs 3/10
        assertDifference(Intervals.newcombe(Intervals.wilson(9, 10), Intervals.wilson(3, 10)), 0.6, 0.1705, 0.8090);
    }

    @Test
    void noDenominatorMeansNoRate() {
        Intervals.Rate none = Intervals.wilson(0, 0);
        assertThat(none.value()).isNull();
        assertThat(none.low()).isNull();
        assertThat(Intervals.newcombe(none, Intervals.wilson(1, 2)).value()).isNull();
        Intervals.Rate all = Intervals.wilson(5, 5);
        assertThat(all.value()).isEqualTo(1.0);
        assertThat(all.high()).isEqualTo(1.0);
    }

    private static void assertRate(Intervals.Rate r, double low, double high) {
        assertThat(r.low()).isCloseTo(low, within(EPS));
        assertThat(r.high()).isCloseTo(high, within(EPS));
        assertThat(r.value()).isBetween(r.low(), r.high());
    }

    private static void assertDifference(Intervals.Difference d, double value, double low, double high) {
        assertThat(d.value()).isCloseTo(value, within(1e-12));
        assertThat(d.low()).isCloseTo(low, within(EPS));
        assertThat(d.high()).isCloseTo(high, within(EPS));
    }
}
