package app.rapport.tools.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.rapport.note.NoteKind;

/** The learning loop's outcome model: a hidden pair accepts far more often; the noise is the pair's own, seeded. */
class HiddenTruthTest {

    private final HiddenTruth truth = HiddenTruth.of(List.<String[]>of(new String[] {"a", "b"}, new String[] {"c", "d"}), 1);

    @Test
    void aHiddenPairIsFarMoreLikelyToAcceptThanAnotherWithTheSameEvidence() {
        assertThat(truth.truePair("b", "a")).isTrue();
        assertThat(truth.truePair("a", "c")).isFalse();
        // Without the noise term: three times in four against one in seven, for two mutual connections and no note.
        double noNoiseTrue = logistic(HiddenTruth.BASE + HiddenTruth.TRUE_PAIR + HiddenTruth.MUTUALS * Math.log1p(2));
        double noNoiseOther = logistic(HiddenTruth.BASE + HiddenTruth.MUTUALS * Math.log1p(2));
        assertThat(noNoiseTrue).isCloseTo(0.76, within(0.02));
        assertThat(noNoiseOther).isCloseTo(0.14, within(0.02));
        double z = HiddenTruth.MUTUALS * Math.log1p(2) + HiddenTruth.NOISE * truth.noise("a", "b");
        assertThat(truth.probability("a", "b", 2, 0, NoteKind.NONE, null)).isCloseTo(logistic(HiddenTruth.BASE + HiddenTruth.TRUE_PAIR + z),
                within(1e-12));
        assertThat(truth.invitations()).containsExactly(1, 1);
        truth.probability("a", "c", 2, 0, NoteKind.NONE, null);
        assertThat(truth.invitations()).containsExactly(2, 1);
    }

    @Test
    void eachPairHasItsOwnSeededNoiseWhicheverWayTheInvitationGoes() {
        assertThat(truth.noise("a", "x")).isEqualTo(truth.noise("x", "a"));
        assertThat(truth.noise("a", "x")).isEqualTo(HiddenTruth.of(List.of(), 1).noise("a", "x"));
        assertThat(truth.noise("a", "x")).isNotEqualTo(HiddenTruth.of(List.of(), 2).noise("a", "x"));
        // Standard normal over many pairs.
        double sum = 0;
        double squares = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            double e = truth.noise("m" + i, "n" + i);
            sum += e;
            squares += e * e;
        }
        assertThat(sum / n).isCloseTo(0, within(0.05));
        assertThat(squares / n).isCloseTo(1, within(0.05));
    }

    private static double logistic(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
