package app.rapport.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

import app.rapport.security.Role;
import app.rapport.support.IntegrationTest;

/**
 * Per-arm analytics on a fixture with known outcomes. Experiment {@code exp} (formula 0.5, learned 0.5):
 * <pre>
 * formula: impressions 60 (member a, 06-01) + 40 (member b, 06-02) = 100, 2 members; 10 invitations: 6 accepted, 2 ignored, 2 pending
 * learned: impressions 50 (member c, 06-01), 1 member; 10 invitations: 8 accepted, 1 ignored, 1 pending
 * </pre>
 * plus impressions and an invitation outside the experiment, which must not count.
 */
class ExperimentAnalyticsTest extends IntegrationTest {

    private static final double EPS = 1e-9;

    @Autowired
    ExperimentAnalytics analytics;

    @BeforeEach
    void fixture() {
        cypher("""
                CREATE (:Experiment {name: 'exp', kind: 'RANKER', armNames: ['formula', 'learned'], armShares: [0.5, 0.5],
                        start: datetime('2026-05-01T00:00:00Z'), end: datetime('2026-07-01T00:00:00Z'), createdAt: datetime('2026-05-01T00:00:00Z')})
                CREATE (:Member {id: 'a'}), (:Member {id: 'b'}), (:Member {id: 'c'}), (:Member {id: 'x'})
                WITH 1 AS one
                UNWIND [['a', 'formula', '2026-06-01', 60, 'exp'], ['b', 'formula', '2026-06-02', 40, 'exp'],
                        ['c', 'learned', '2026-06-01', 50, 'exp'], ['x', null, '2026-06-01', 70, null]] AS s
                CREATE (:SuggestionShown {member: s[0], candidate: 'x', day: date(s[2]), simulated: false, shown: s[3],
                        experiment: s[4], arm: s[1], lastShown: datetime(s[2] + 'T08:00:00Z')})
                """, Map.of());
        cypher("""
                UNWIND [['a', 'exp=formula', 'ACCEPTED', 6], ['b', 'exp=formula', 'IGNORED', 2], ['b', 'exp=formula', 'PENDING', 2],
                        ['c', 'exp=learned', 'ACCEPTED', 8], ['c', 'exp=learned', 'IGNORED', 1], ['c', 'exp=learned', 'PENDING', 1],
                        ['x', null, 'ACCEPTED', 5]] AS g
                UNWIND range(1, g[3]) AS k
                MATCH (s:Member {id: g[0]}), (t:Member {id: 'x'})
                CREATE (s)-[:SENT]->(:Invitation {id: g[0] + g[2] + k, status: g[2], source: 'SUGGESTION',
                        sentAt: datetime('2026-06-02T10:00:00Z'),
                        experimentArms: CASE WHEN g[1] IS NULL THEN null ELSE [g[1], 'tone=brief'] END})-[:TO]->(t)
                """, Map.of());
        experiments.refresh();
        // Written past the impression writer and the invitation service: the rollups are rebuilt, as bulk tools do.
        rollups.rebuildAll();
    }

    private ResultActions report(String accept) throws Exception {
        return mvc.perform(get("/api/analytics/experiments/exp").header(HttpHeaders.AUTHORIZATION, bearer("ana", Role.ANALYST))
                .header(HttpHeaders.ACCEPT, accept));
    }

    private static ResultMatcher near(String path, double expected) {
        return jsonPath(path, closeTo(expected, EPS), Double.class);
    }

    @Test
    void everyArmsFiguresWithTheirIntervals() throws Exception {
        Intervals.Rate formula = Intervals.wilson(6, 10);
        Intervals.Rate learned = Intervals.wilson(8, 10);
        Intervals.Difference d = Intervals.newcombe(learned, formula);
        report("application/json").andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("RANKER"))
                .andExpect(jsonPath("$.running").value(true))
                .andExpect(jsonPath("$.arms[0].arm").value("formula"))
                .andExpect(jsonPath("$.arms[0].impressions").value(100))
                .andExpect(jsonPath("$.arms[0].membersExposed").value(2))
                .andExpect(jsonPath("$.arms[0].sent").value(10))
                .andExpect(jsonPath("$.arms[0].accepted").value(6))
                .andExpect(jsonPath("$.arms[0].answered").value(8))
                .andExpect(near("$.arms[0].invitationsPerImpression.value", 0.1))
                .andExpect(near("$.arms[0].acceptance.value", 0.6))
                .andExpect(near("$.arms[0].acceptance.low", formula.low()))
                .andExpect(near("$.arms[0].answeredAcceptance.value", 0.75))
                .andExpect(jsonPath("$.arms[1].impressions").value(50))
                .andExpect(jsonPath("$.arms[1].membersExposed").value(1))
                .andExpect(near("$.arms[1].invitationsPerImpression.value", 0.2))
                .andExpect(near("$.arms[1].acceptance.value", 0.8))
                .andExpect(near("$.arms[1].answeredAcceptance.value", 8 / 9.0))
                .andExpect(jsonPath("$.differences[0].arm").value("learned"))
                .andExpect(jsonPath("$.differences[0].control").value("formula"))
                .andExpect(near("$.differences[0].acceptance.value", 0.2))
                .andExpect(near("$.differences[0].acceptance.low", d.low()))
                .andExpect(near("$.differences[0].acceptance.high", d.high()))
                .andExpect(near("$.differences[0].invitationsPerImpression.value", 0.1))
                .andExpect(jsonPath("$.daily.length()").value(4));
        // The interval is a real one: it is wide at n = 10 and contains 0 here.
        assertThat(d.low()).isNegative();
        assertThat(d.high()).isGreaterThan(0.2);
    }

    @Test
    void theRollupsGiveTheScansReportAndADayWithoutItsSketchIsCountedExactly() {
        ExperimentReport scanned = analytics.reportByScan("exp");
        assertThat(scanned.arms().get(0).impressions()).isEqualTo(100);
        assertThat(analytics.report("exp")).isEqualTo(scanned);
        assertThat(count("MATCH (r:ExperimentImpressionRollup {experiment: 'exp'}) RETURN count(r)")).isEqualTo(3);
        assertThat(count("MATCH (r:ExperimentInvitationRollup {experiment: 'exp'}) RETURN count(r)")).isEqualTo(2);
        // As migration V0008 leaves them: views but no sketch. Members exposed are then counted over the records.
        cypher("MATCH (r:ExperimentImpressionRollup {experiment: 'exp', arm: 'formula'}) WITH r LIMIT 1 REMOVE r.sketch", Map.of());
        assertThat(analytics.report("exp")).isEqualTo(scanned);
        rollups.rebuildAll();
        assertThat(count("MATCH (r:ExperimentImpressionRollup) WHERE r.sketch IS NULL RETURN count(r)")).isZero();
        // An answer through the rollups' day rebuild moves the arm's figures like the scan's.
        cypher("MATCH (i:Invitation {id: 'bPENDING1'}) SET i.status = 'ACCEPTED'", Map.of());
        rollups.rebuild(java.time.LocalDate.parse("2026-06-02"), java.time.LocalDate.parse("2026-06-03"));
        assertThat(analytics.report("exp").arms().get(0).accepted()).isEqualTo(7);
        assertThat(analytics.report("exp")).isEqualTo(analytics.reportByScan("exp"));
    }

    @Test
    void aNoteToneExperimentsMembersExposedAreItsSendersFromTheRollupsToo() {
        // Every invitation of a, b and c above also names 'tone=brief'.
        cypher("""
                CREATE (:Experiment {name: 'tone', kind: 'NOTE_TONE', armNames: ['friendly', 'brief'], armShares: [0.5, 0.5],
                        start: datetime('2026-05-01T00:00:00Z'), end: datetime('2026-07-01T00:00:00Z'), createdAt: datetime('2026-05-01T00:00:00Z')})
                """, Map.of());
        ExperimentReport report = analytics.report("tone");
        assertThat(report).isEqualTo(analytics.reportByScan("tone"));
        assertThat(report.arms().get(1).membersExposed()).isEqualTo(3);
        assertThat(report.arms().get(1).sent()).isEqualTo(20);
        assertThat(report.arms().get(0).sent()).isZero();
    }

    @Test
    void csvHasOneRowPerArmAndUnknownExperimentsAre404() throws Exception {
        String csv = report("text/csv").andExpect(status().isOk())
                .andExpect(content().string(containsString("exp,RANKER,formula,0.5,2,100,10,6,2,8,0.1,")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.split("\r\n")).hasSize(3);
        mvc.perform(get("/api/analytics/experiments/nope").header(HttpHeaders.AUTHORIZATION, bearer("ana", Role.ANALYST)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/analytics/experiments/exp").header(HttpHeaders.AUTHORIZATION, bearer("m", Role.MEMBER)))
                .andExpect(status().isForbidden());
    }
}
