package app.rapport.analytics;

import static app.rapport.analytics.AcceptanceApiTest.rate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.jayway.jsonpath.JsonPath;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;

import app.rapport.security.Role;
import app.rapport.support.IntegrationTest;

/** Funnel, network structure and reach on {@link AnalyticsFixture}, figures worked out by hand. */
class NetworkApiTest extends IntegrationTest {

    @Autowired
    NetworkMetrics network;
    @Autowired
    ReachAnalytics reach;

    @BeforeEach
    void fixture() {
        AnalyticsFixture.load(driver);
        rollups.rebuildAll();
        network.clear();
        reach.clearCache();
    }

    private ResultActions analyst(String url) throws Exception {
        return mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, bearer("analyst-1", Role.ANALYST)));
    }

    /**
     * The network report of a window: the first ask answers 202 "computing" at once (never computing on the
     * request thread), then the background's report, waited for with a generous bound.
     */
    private ResultActions networkReport(String url) throws Exception {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                .until(() -> analyst(url).andReturn().getResponse().getStatus() != 202);
        return analyst(url);
    }

    @Test
    void funnelFollowsSuggestionsToAcceptances() throws Exception {
        analyst("/api/analytics/funnel")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shown").value(6))
                .andExpect(jsonPath("$.pairsShown").value(5))
                .andExpect(jsonPath("$.sentFromSuggestions").value(4))
                .andExpect(jsonPath("$.acceptedFromSuggestions").value(2))
                .andExpect(jsonPath("$.sent").value(6))
                .andExpect(jsonPath("$.accepted").value(3))
                .andExpect(jsonPath("$.stages[*].stage").value(contains("shown", "sent", "accepted")))
                .andExpect(jsonPath("$.stages[0].fromPrevious").value(nullValue()))
                .andExpect(rate("$.stages[1].fromPrevious", 4 / 6.0))
                .andExpect(rate("$.stages[2].fromPrevious", 0.5))
                .andExpect(rate("$.stages[2].fromShown", 2 / 6.0));
        // 06-08..06-09: impressions c→e twice; invitations i4 (pending) and i5 (accepted), both from suggestions.
        analyst("/api/analytics/funnel?from=2026-06-08&to=2026-06-09")
                .andExpect(jsonPath("$.shown").value(2))
                .andExpect(jsonPath("$.pairsShown").value(1))
                .andExpect(jsonPath("$.sentFromSuggestions").value(2))
                .andExpect(rate("$.stages[1].fromPrevious", 1.0))
                .andExpect(rate("$.stages[2].fromPrevious", 0.5));
        analyst("/api/analytics/funnel?to=2020-01-01")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shown").value(0))
                .andExpect(jsonPath("$.stages[1].fromPrevious").value(nullValue()))
                .andExpect(jsonPath("$.stages[2].fromShown").value(nullValue()));
    }

    @Test
    void networkStructureOfTheWholeGraph() throws Exception {
        try (var session = driver.session()) {
            session.run("""
                    MATCH (a:Member {id: 'a'}), (b:Member {id: 'b'}), (c:Member {id: 'c'}), (e:Member {id: 'e'})
                    CREATE (chess:Interest {key: 'chess', name: 'Chess'}), (go:Interest {key: 'go', name: 'Go'}),
                           (acme:Organization {id: 'acme', name: 'Acme'})
                    CREATE (a)-[:INTERESTED_IN]->(chess), (b)-[:INTERESTED_IN]->(chess), (c)-[:INTERESTED_IN]->(go),
                           (e)-[:INTERESTED_IN]->(go), (c)-[:WORKS_AT]->(acme)
                    """).consume();
        }
        // Degrees a2 b2 c3 d1 e1 f1 g0; local clustering a=1, b=1, c=1/3, others 0 -> mean 1/3;
        // one triangle over 5 connected triples -> global 3/5.
        networkReport("/api/analytics/network")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members").value(7))
                .andExpect(jsonPath("$.connections").value(5))
                .andExpect(rate("$.averageDegree", 10 / 7.0))
                .andExpect(jsonPath("$.degreeDistribution[*].degree").value(contains(0, 1, 2, 3)))
                .andExpect(jsonPath("$.degreeDistribution[*].members").value(contains(1, 3, 2, 1)))
                .andExpect(rate("$.averageClusteringCoefficient", 1 / 3.0))
                .andExpect(rate("$.globalClusteringCoefficient", 0.6))
                .andExpect(jsonPath("$.components.count").value(3))
                .andExpect(jsonPath("$.components.largest").value(4))
                .andExpect(jsonPath("$.components.isolated").value(1))
                .andExpect(jsonPath("$.components.sizes").value(contains(4, 2, 1)))
                // Leiden keeps a,b,c,d together (splitting off d or the triangle lowers modularity), the pair and
                // the loner apart: Q = (4/5 - (8/10)^2) + (1/5 - (2/10)^2) + (0 - 0) = 0.32.
                .andExpect(jsonPath("$.communities.algorithm").value("leiden"))
                .andExpect(jsonPath("$.communities.count").value(3))
                .andExpect(rate("$.communities.modularity", 0.32))
                .andExpect(jsonPath("$.communities.largest[*].size").value(contains(4, 2, 1)))
                .andExpect(jsonPath("$.communities.centrality").value("degree within the community"))
                .andExpect(jsonPath("$.communities.largest[0].topMembers[0]").value(org.hamcrest.Matchers.endsWith("(c)")))
                .andExpect(jsonPath("$.communities.largest[0].topInterests[0].name").value("Chess"))
                .andExpect(jsonPath("$.communities.largest[0].topInterests[0].members").value(2))
                .andExpect(jsonPath("$.communities.largest[0].topInterests[1].name").value("Go"))
                .andExpect(jsonPath("$.communities.largest[0].topOrganizations[0].name").value("Acme"))
                .andExpect(jsonPath("$.communities.largest[1].topInterests[0].name").value("Go"))
                .andExpect(jsonPath("$.communities.largest[2].topInterests.length()").value(0))
                .andExpect(jsonPath("$.topConnectors[0].id").value("c"))
                .andExpect(jsonPath("$.topConnectors[0].degree").value(3))
                .andExpect(jsonPath("$.topConnectors.length()").value(7))
                // Undated f, g are there from the start; a,b,c join in January, d,e in March.
                .andExpect(jsonPath("$.growth[*].period").value(contains("2026-01-01", "2026-02-01", "2026-03-01")))
                .andExpect(jsonPath("$.growth[*].members").value(contains(5, 5, 7)))
                .andExpect(jsonPath("$.growth[*].connections").value(contains(0, 2, 5)));
    }

    @Test
    void networkAsOfTheEndOfTheWindowAndGrowthFromItsStart() throws Exception {
        networkReport("/api/analytics/network?to=2026-02-28")
                .andExpect(jsonPath("$.members").value(5))
                .andExpect(jsonPath("$.connections").value(2))
                .andExpect(jsonPath("$.components.count").value(3))
                .andExpect(jsonPath("$.growth[*].members").value(contains(5, 5)));
        networkReport("/api/analytics/network?from=2026-02-10&interval=month")
                .andExpect(jsonPath("$.growth[*].period").value(contains("2026-02-01", "2026-03-01")))
                .andExpect(jsonPath("$.growth[*].connections").value(contains(2, 5)));
        networkReport("/api/analytics/network?to=2020-01-01")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members").value(2))
                .andExpect(jsonPath("$.connections").value(0))
                .andExpect(jsonPath("$.communities.modularity").value(nullValue()))
                .andExpect(rate("$.averageClusteringCoefficient", 0));
        networkReport("/api/analytics/network").andExpect(status().isOk());
        mvc.perform(get("/api/analytics/network").header(HttpHeaders.AUTHORIZATION, bearer("x", Role.ANALYST))
                        .header(HttpHeaders.ACCEPT, "text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\r\n,,summary,members,7,\r\n")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\r\n,,degree,3,1,\r\n")));
    }

    @Test
    void firstAskIsAnsweredAtOnceWithComputingThenTheReportWithItsAge() throws Exception {
        analyst("/api/analytics/network?to=2026-03-01&interval=day")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("computing"))
                .andExpect(jsonPath("$.window.to").value("2026-03-01"))
                .andExpect(jsonPath("$.retryAfterSeconds").value(2));
        networkReport("/api/analytics/network?to=2026-03-01&interval=day")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ready"))
                .andExpect(jsonPath("$.ageSeconds").isNumber())
                .andExpect(jsonPath("$.computedAt").isString());
    }

    @Test
    void aLargeChangeMakesTheBackgroundRecompute() throws Exception {
        networkReport("/api/analytics/network").andExpect(jsonPath("$.connections").value(5));
        network.refresh();
        analyst("/api/analytics/network").andExpect(jsonPath("$.connections").value(5));
        try (var session = driver.session()) {
            session.run("MATCH (f:Member {id: 'f'}), (g:Member {id: 'g'}) CREATE (f)-[:CONNECTED_TO]->(g)").consume();
        }
        // 6 connections instead of 5 is more than the default 1 % change: the check recomputes in the background
        // (called here rather than waiting for the 15 s schedule), the old report is served meanwhile.
        network.refresh();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50)).until(() -> JsonPath.<Integer>read(
                analyst("/api/analytics/network").andReturn().getResponse().getContentAsString(), "$.connections") == 6);
    }

    @Test
    void reachCountsEachMemberOnceAtTheNearestDegree() throws Exception {
        try (var session = driver.session()) {
            // h hangs off d: a reaches b, c (1st), d (2nd), h (3rd).
            session.run("MATCH (d:Member {id: 'd'}) CREATE (d)-[:CONNECTED_TO]->(:Member {id: 'h'})").consume();
        }
        mvc.perform(get("/api/members/a/reach").header(HttpHeaders.AUTHORIZATION, bearer("a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.first").value(2))
                .andExpect(jsonPath("$.second").value(1))
                .andExpect(jsonPath("$.third").value(1))
                .andExpect(jsonPath("$.withinThree").value(4))
                .andExpect(jsonPath("$.capped").value(false));
        analyst("/api/members/g/reach").andExpect(jsonPath("$.first").value(0)).andExpect(jsonPath("$.third").value(0));
        analyst("/api/members/nobody/reach").andExpect(status().isNotFound());
        mvc.perform(get("/api/members/a/reach").header(HttpHeaders.AUTHORIZATION, bearer("b")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/members/a/reach")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/members/a/reach").header(HttpHeaders.AUTHORIZATION, bearer("a"))
                        .header(HttpHeaders.ACCEPT, "text/csv"))
                .andExpect(content().string("member,first,second,third,withinThree,capped\r\na,2,1,1,4,false\r\n"));
        // Written behind the service's back, the fixture is not in the suggestions' in-memory graph, so the answers
        // above came from Neo4j; once it is loaded, from the graph's arrays: the same figures.
        graphs.reload();
        reach.clearCache();
        assertThat(graphs.current().indexOf("a")).isNotNegative();
        for (String id : List.of("a", "b", "d", "g", "h")) {
            assertThat(reach.reach(id)).isEqualTo(reach.inNeo4j(id));
        }
        assertThat(reach.reach("a")).isEqualTo(new ReachAnalytics.Reach("a", 2, 1, 1, 4, false));
        analyst("/api/members/nobody/reach").andExpect(status().isNotFound());
    }
}
