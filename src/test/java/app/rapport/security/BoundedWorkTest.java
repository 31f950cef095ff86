package app.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rapport.support.IntegrationTest;

/**
 * Work one ordinary member can cause is bounded: per-member rate limits (429 + {@code Retry-After}, each member their
 * own budget), a capped and cached reach search, a paged connection list. Small limits here (its own context) so
 * the test reaches them in a few calls; the defaults are generous (README "Security").
 */
@TestPropertySource(properties = {
        "rapport.rate-limits.period=1h",
        "rapport.rate-limits.suggestions=3",
        "rapport.rate-limits.drafts=2",
        "rapport.rate-limits.reach=50",
        "rapport.rate-limits.invitations=2",
        "rapport.analytics.reach-max-members=5",
        "rapport.analytics.reach-cache-ttl=1h"})
class BoundedWorkTest extends IntegrationTest {

    @Test
    void eachMemberGetsTheirOwnBudgetOfExpensiveCallsThen429WithRetryAfter() throws Exception {
        members("rl-a", "rl-b", "rl-c");
        for (int i = 0; i < 3; i++) {
            mvc.perform(as("rl-a", get("/api/members/rl-a/suggestions"))).andExpect(status().isOk());
        }
        mvc.perform(as("rl-a", get("/api/members/rl-a/suggestions")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("suggestions")));
        long retryAfter = Long.parseLong(mvc.perform(as("rl-a", get("/api/members/rl-a/suggestions")))
                .andReturn().getResponse().getHeader(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1L, 3600L);
        // Another member, and another kind of call, have their own budgets.
        mvc.perform(as("rl-b", get("/api/members/rl-b/suggestions"))).andExpect(status().isOk());
        mvc.perform(as("rl-a", get("/api/members/rl-a/note-drafts").param("to", "rl-b"))).andExpect(status().isOk());
        mvc.perform(as("rl-a", get("/api/members/rl-a/note-drafts").param("to", "rl-c"))).andExpect(status().isOk());
        mvc.perform(as("rl-a", get("/api/members/rl-a/note-drafts").param("to", "rl-b"))).andExpect(status().isTooManyRequests());

        // Invitations: a refused call counts too, and the 429 changes nothing.
        invite("rl-a", "rl-b").andExpect(status().isCreated());
        invite("rl-a", "rl-c").andExpect(status().isCreated());
        long before = count("MATCH (i:Invitation) RETURN count(i)");
        invite("rl-a", "rl-c").andExpect(status().isTooManyRequests()).andExpect(header().exists(HttpHeaders.RETRY_AFTER));
        assertThat(count("MATCH (i:Invitation) RETURN count(i)")).isEqualTo(before);
    }

    @Test
    void reachVisitsAtMostTheCapAndIsReusedUntilTheMembersOwnConnectionsChange() throws Exception {
        // A hub with 8 connections: more than the cap of 5 members one search may visit.
        members("hub", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8");
        for (int i = 1; i <= 8; i++) {
            connect("hub", "x" + i);
        }
        mvc.perform(as("hub", get("/api/members/hub/reach"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.capped").value(true))
                .andExpect(jsonPath("$.withinThree").value(org.hamcrest.Matchers.lessThanOrEqualTo(5)));

        members("s1", "s2", "s3");
        connect("s1", "s2");
        mvc.perform(as("s1", get("/api/members/s1/reach"))).andExpect(jsonPath("$.first").value(1))
                .andExpect(jsonPath("$.capped").value(false));
        connect("s2", "s3");   // behind the service's back: the cached figure stands
        mvc.perform(as("s1", get("/api/members/s1/reach"))).andExpect(jsonPath("$.withinThree").value(1));
        // The member's own new connection (through the service) drops their cached reach.
        String id = com.jayway.jsonpath.JsonPath.read(invite("s1", "s3").andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(as("s3", post("/api/invitations/" + id + "/accept"))).andExpect(status().isOk());
        mvc.perform(as("s1", get("/api/members/s1/reach"))).andExpect(jsonPath("$.first").value(2))
                .andExpect(jsonPath("$.withinThree").value(2));
    }

    @Test
    void aMembersOwnConnectionListComesInPages() throws Exception {
        members("p", "q1", "q2", "q3", "q4", "q5");
        for (int i = 1; i <= 5; i++) {
            cypher("MATCH (a:Member {id: 'p'}), (b:Member {id: $b}) CREATE (a)-[:CONNECTED_TO {since: datetime($since)}]->(b)",
                    Map.of("b", "q" + i, "since", "2026-01-0" + i + "T00:00:00Z"));
        }
        mvc.perform(as("p", get("/api/members/p/connections").param("limit", "2")))
                .andExpect(jsonPath("$.length()").value(2)).andExpect(jsonPath("$[0].id").value("q5"));
        mvc.perform(as("p", get("/api/members/p/connections").param("limit", "2").param("offset", "4")))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value("q1"));
        mvc.perform(as("p", get("/api/members/p/connections").param("limit", "1001"))).andExpect(status().isBadRequest());
        mvc.perform(as("p", get("/api/members/p/connections").param("offset", "-1"))).andExpect(status().isBadRequest());
    }

    private MockHttpServletRequestBuilder as(String member, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, bearer(member));
    }

    private org.springframework.test.web.servlet.ResultActions invite(String from, String to) throws Exception {
        return mvc.perform(as(from, post("/api/invitations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\": \"" + to + "\", \"source\": \"PROFILE\"}")));
    }
}
