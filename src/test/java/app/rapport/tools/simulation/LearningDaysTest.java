package app.rapport.tools.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import app.rapport.importer.Progress;
import app.rapport.suggestion.MemberGraphStore;
import app.rapport.support.IntegrationTest;
import app.rapport.support.RingFixture;

/**
 * What the learning loop builds on, on the service's own code: the hidden truth decides every invitation the
 * simulation sends, the day hook sees running totals at each day's end (where the loop retrains), and two runs
 * on the same seed see the same members visit whatever their suggestions were.
 */
class LearningDaysTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MemberGraphStore memberGraph;

    @BeforeEach
    void graph() {
        RingFixture.write(driver);
        memberGraph.reload();
    }

    @Test
    void theHiddenTruthDecidesEveryInvitationAndTheDayHookSeesRunningTotals() {
        // Pairs two steps apart on the ring are not connected: make some of them the truth.
        List<String[]> pairs = new ArrayList<>();
        for (int n = 0; n < 60; n += 2) {
            pairs.add(new String[] {"m" + n, "m" + ((n + 2) % 60)});
        }
        HiddenTruth truth = HiddenTruth.of(pairs, 3);
        List<SimulationReport> ends = new ArrayList<>();
        List<Integer> days = new ArrayList<>();
        SimulationReport total = Simulator.from(context, truth).run(12, 5, clock::set, Progress.NONE, (day, soFar) -> {
            days.add(day);
            ends.add(soFar);
        });

        assertThat(days).hasSize(12).isSorted().startsWith(0).endsWith(11);
        assertThat(total.sent()).isPositive();
        assertThat(truth.invitations()[0]).isEqualTo(total.sent());
        assertThat(truth.invitations()[1]).isPositive();
        for (int d = 1; d < ends.size(); d++) {
            assertThat(ends.get(d).visits()).isGreaterThanOrEqualTo(ends.get(d - 1).visits());
            assertThat(ends.get(d).accepted()).isGreaterThanOrEqualTo(ends.get(d - 1).accepted());
        }
        SimulationReport last = ends.get(ends.size() - 1);
        assertThat(last.visits()).isEqualTo(total.visits());
        assertThat(last.accepted()).isEqualTo(total.accepted());
        assertThat(total.activeMembers()).isPositive().isLessThanOrEqualTo(Math.min(60, total.visits()));
    }

    @Test
    void theSameSeedSeesTheSameVisitsWhateverTheSuggestions() {
        SimulationReport observable = Simulator.from(context).run(6, 9, clock::set, Progress.NONE);
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE n:Invitation OR n:SuggestionShown DETACH DELETE n").consume();
            session.run("MATCH ()-[c:CONNECTED_TO]->() WHERE c.since > datetime('2026-02-01T00:00:00Z') DELETE c").consume();
        }
        memberGraph.reload();
        // Another outcome model changes who connects, so later lists differ; the visits stay the same.
        SimulationReport truth = Simulator.from(context, HiddenTruth.of(List.of(), 4)).run(6, 9, clock::set, Progress.NONE);
        assertThat(truth.visits()).isEqualTo(observable.visits());
        assertThat(truth.activeMembers()).isEqualTo(observable.activeMembers());
    }
}
