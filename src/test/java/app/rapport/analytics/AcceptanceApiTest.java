package app.rapport.analytics;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;

import app.rapport.security.Role;
import app.rapport.support.IntegrationTest;

/** Acceptance and time to answer on {@link AnalyticsFixture}: every expected figure is worked out by hand. */
class AcceptanceApiTest extends IntegrationTest {

    private static final double EPS = 1e-9;

    @Autowired
    AcceptanceAnalytics acceptance;

    @BeforeEach
    void fixture() {
        AnalyticsFixture.load(driver);
        // The fixture writes invitations directly, as bulk tools do: they rebuild the rollups afterwards.
        rollups.rebuildAll();
    }

    /** Rates may come back as long decimals; compare them as doubles. */
    static org.springframework.test.web.servlet.ResultMatcher rate(String path, double expected) {
        return jsonPath(path, closeTo(expected, EPS), Double.class);
    }

    private ResultActions getAs(Role role, String url) throws Exception {
        return mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, bearer("analyst-1", role)));
    }

    @Test
    void overallFiguresCountEveryStatusWithTheirRates() throws Exception {
        getAs(Role.ANALYST, "/api/analytics/acceptance")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.window.from").value(nullValue()))
                .andExpect(jsonPath("$.by").value("none"))
                .andExpect(jsonPath("$.overall.sent").value(6))
                .andExpect(jsonPath("$.overall.accepted").value(3))
                .andExpect(jsonPath("$.overall.ignored").value(1))
                .andExpect(jsonPath("$.overall.withdrawn").value(1))
                .andExpect(jsonPath("$.overall.pending").value(1))
                .andExpect(jsonPath("$.overall.answered").value(4))
                .andExpect(rate("$.overall.acceptanceRate", 0.5))
                .andExpect(rate("$.overall.answeredAcceptanceRate", 0.75))
                .andExpect(rate("$.overall.ignoreRate", 1 / 6.0))
                .andExpect(rate("$.overall.withdrawalRate", 1 / 6.0))
                .andExpect(jsonPath("$.groups.length()").value(0));
    }

    @Test
    void byNoteKindListsAllFourKindsAndLeavesZeroDenominatorsNull() throws Exception {
        getAs(Role.ANALYST, "/api/analytics/acceptance?by=note")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[*].group").value(org.hamcrest.Matchers.contains("NONE", "DRAFTED", "EDITED", "OWN")))
                .andExpect(jsonPath("$.groups[0].sent").value(2))
                .andExpect(rate("$.groups[0].acceptanceRate", 0.5))
                .andExpect(rate("$.groups[0].answeredAcceptanceRate", 0.5))
                .andExpect(jsonPath("$.groups[1].sent").value(2))
                .andExpect(rate("$.groups[1].acceptanceRate", 1.0))
                .andExpect(jsonPath("$.groups[2].pending").value(1))
                .andExpect(rate("$.groups[2].acceptanceRate", 0.0))
                .andExpect(jsonPath("$.groups[2].answered").value(0))
                .andExpect(jsonPath("$.groups[2].answeredAcceptanceRate").value(nullValue()))
                .andExpect(rate("$.groups[3].withdrawalRate", 1.0))
                .andExpect(jsonPath("$.groups[3].answeredAcceptanceRate").value(nullValue()));
    }

    @Test
    void bySourceReasonAndMutuals() throws Exception {
        getAs(Role.ANALYST, "/api/analytics/acceptance?by=source")
                .andExpect(jsonPath("$.groups[0].group").value("SUGGESTION"))
                .andExpect(jsonPath("$.groups[0].sent").value(4))
                .andExpect(rate("$.groups[0].acceptanceRate", 0.5))
                .andExpect(rate("$.groups[0].answeredAcceptanceRate", 1.0))
                .andExpect(jsonPath("$.groups[1].group").value("PROFILE"))
                .andExpect(jsonPath("$.groups[1].sent").value(2))
                .andExpect(rate("$.groups[1].ignoreRate", 0.5));
        getAs(Role.ANALYST, "/api/analytics/acceptance?by=reason")
                .andExpect(jsonPath("$.groups[*].group").value(org.hamcrest.Matchers.contains(
                        "MUTUAL_CONNECTIONS", "SHARED_INTERESTS", "SAME_COMPANY", "SAME_SCHOOL", "SAME_CITY", "NONE")))
                .andExpect(jsonPath("$.groups[0].sent").value(3))
                .andExpect(jsonPath("$.groups[0].accepted").value(2))
                .andExpect(rate("$.groups[0].acceptanceRate", 2 / 3.0))
                .andExpect(rate("$.groups[1].acceptanceRate", 1.0))
                .andExpect(jsonPath("$.groups[2].withdrawn").value(1))
                .andExpect(jsonPath("$.groups[3].sent").value(0))
                .andExpect(jsonPath("$.groups[3].acceptanceRate").value(nullValue()))
                .andExpect(jsonPath("$.groups[5].sent").value(2));
        getAs(Role.ANALYST, "/api/analytics/acceptance?by=mutuals")
                .andExpect(jsonPath("$.groups[*].group").value(org.hamcrest.Matchers.contains("0", "1", "2-4", "5+")))
                .andExpect(jsonPath("$.groups[*].sent").value(org.hamcrest.Matchers.contains(2, 1, 2, 1)))
                .andExpect(jsonPath("$.groups[*].accepted").value(org.hamcrest.Matchers.contains(1, 0, 2, 0)));
    }

    @Test
    void byWeeklyCohortAndTopSenders() throws Exception {
        getAs(Role.ANALYST, "/api/analytics/acceptance?by=cohort")
                .andExpect(jsonPath("$.groups[*].group").value(org.hamcrest.Matchers.contains("2026-06-01", "2026-06-08")))
                .andExpect(jsonPath("$.groups[0].sent").value(3))
                .andExpect(rate("$.groups[0].acceptanceRate", 1 / 3.0))
                .andExpect(rate("$.groups[1].acceptanceRate", 2 / 3.0))
                .andExpect(jsonPath("$.groups[1].pending").value(1));
        getAs(Role.ANALYST, "/api/analytics/acceptance?by=sender&limit=2")
                .andExpect(jsonPath("$.groups.length()").value(2))
                .andExpect(jsonPath("$.groups[0].group").value("a"))
                .andExpect(jsonPath("$.groups[0].label").value("Ada Test"))
                .andExpect(jsonPath("$.groups[0].sent").value(3))
                .andExpect(rate("$.groups[0].acceptanceRate", 1 / 3.0))
                .andExpect(jsonPath("$.groups[1].group").value("b"));
    }

    @Test
    void windowsIncludeBothEndDaysAndAnEmptyWindowHasNullRates() throws Exception {
        getAs(Role.ANALYST, "/api/analytics/acceptance?from=2026-06-08&to=2026-06-09")
                .andExpect(jsonPath("$.window.from").value("2026-06-08"))
                .andExpect(jsonPath("$.window.to").value("2026-06-09"))
                .andExpect(jsonPath("$.overall.sent").value(2))
                .andExpect(jsonPath("$.overall.accepted").value(1))
                .andExpect(jsonPath("$.overall.pending").value(1))
                .andExpect(rate("$.overall.answeredAcceptanceRate", 1.0));
        getAs(Role.ANALYST, "/api/analytics/acceptance?from=2030-01-01&by=note")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overall.sent").value(0))
                .andExpect(jsonPath("$.overall.acceptanceRate").value(nullValue()))
                .andExpect(jsonPath("$.overall.answeredAcceptanceRate").value(nullValue()))
                .andExpect(jsonPath("$.overall.ignoreRate").value(nullValue()))
                .andExpect(jsonPath("$.groups.length()").value(4))
                .andExpect(jsonPath("$.groups[0].acceptanceRate").value(nullValue()));
        getAs(Role.ANALYST, "/api/analytics/time-to-answer?from=2030-01-01")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overall.answered").value(0))
                .andExpect(jsonPath("$.overall.medianHours").value(nullValue()));
    }

    @Test
    void timeToAnswerIsOverAcceptedAndIgnoredOnly() throws Exception {
        // Answers after 2, 4, 10 and 20 hours (the withdrawal after 24 h is not an answer). Counts are exact;
        // percentiles come from the daily histograms, within a bucket (10 %) of the exact ones.
        getAs(Role.ANALYST, "/api/analytics/time-to-answer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overall.answered").value(4))
                .andExpect(withinBucket("$.overall.medianHours", 7.0))
                .andExpect(withinBucket("$.overall.p90Hours", 17.0))
                .andExpect(jsonPath("$.byAnswer[0].answer").value("ACCEPTED"))
                .andExpect(withinBucket("$.byAnswer[0].medianHours", 4.0))
                .andExpect(withinBucket("$.byAnswer[0].p90Hours", 16.8))
                .andExpect(jsonPath("$.byAnswer[1].answered").value(1))
                .andExpect(withinBucket("$.byAnswer[1].medianHours", 10.0));
        // The exact figures, from the scan the rollups replace.
        TimeToAnswerReport exact = acceptance.timeToAnswerByScan(AnalyticsWindow.ALL_TIME);
        org.assertj.core.api.Assertions.assertThat(exact.overall().medianHours()).isCloseTo(7.0, org.assertj.core.api.Assertions.within(EPS));
        org.assertj.core.api.Assertions.assertThat(exact.byAnswer().get(0).p90Hours()).isCloseTo(16.8, org.assertj.core.api.Assertions.within(EPS));
    }

    static org.springframework.test.web.servlet.ResultMatcher withinBucket(String path, double expected) {
        return jsonPath(path, closeTo(expected, expected * (TimeToAnswerHistogram.GROWTH - 1)), Double.class);
    }

    @Test
    void csvGivesTheSameFiguresWithEmptyCellsForUndefinedRates() throws Exception {
        mvc.perform(get("/api/analytics/acceptance?by=note").header(HttpHeaders.AUTHORIZATION, bearer("x", Role.ANALYST))
                        .header(HttpHeaders.ACCEPT, "text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith(
                        "from,to,by,group,label,sent,accepted,ignored,withdrawn,pending,answered,acceptanceRate,"
                                + "answeredAcceptanceRate,ignoreRate,withdrawalRate\r\n"
                                + ",,all,ALL,,6,3,1,1,1,4,0.5,0.75,0.16666666666666666,0.16666666666666666\r\n")))
                .andExpect(content().string(containsString("\r\n,,note,EDITED,,1,0,0,0,1,0,0.0,,0.0,0.0\r\n")));
    }

    @Test
    void badParametersAreProblemsNamingTheField() throws Exception {
        getAs(Role.ANALYST, "/api/analytics/acceptance?from=2026-13-01")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        getAs(Role.ANALYST, "/api/analytics/funnel?from=2026-06-10&to=2026-06-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        getAs(Role.ANALYST, "/api/analytics/acceptance?by=colour")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("by"));
        getAs(Role.ANALYST, "/api/analytics/acceptance?by=sender&limit=zero")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        getAs(Role.ANALYST, "/api/analytics/network?interval=year")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("interval"));
        mvc.perform(get("/api/analytics/acceptance?to=yesterday").header(HttpHeaders.AUTHORIZATION, bearer("x", Role.ANALYST))
                        .header(HttpHeaders.ACCEPT, "text/csv"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void analyticsNeedAnAnalystToken() throws Exception {
        for (String url : new String[] {"/api/analytics/acceptance", "/api/analytics/time-to-answer",
                "/api/analytics/funnel", "/api/analytics/network"}) {
            mvc.perform(get(url)).andExpect(status().isUnauthorized());
            getAs(Role.MEMBER, url).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
            // The network's first ask is 202 "computing" (see NetworkApiTest).
            getAs(Role.ADMIN, url).andExpect(status().is2xxSuccessful());
        }
    }
}
