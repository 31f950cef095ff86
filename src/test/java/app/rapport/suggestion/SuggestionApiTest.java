package app.rapport.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;

import app.rapport.network.ConnectionCreated;
import app.rapport.security.Role;
import app.rapport.support.IntegrationTest;

class SuggestionApiTest extends IntegrationTest {



    @Autowired
    ApplicationEventPublisher events;

    SuggestionFixtures graph;

    @BeforeEach
    void fixtures() {
        graph = new SuggestionFixtures(driver);
    }

    @Test
    void explanationsNameRealMutualConnectionsAndSharedInterests() throws Exception {
        graph.members("ada", "bob", "carl", "dan", "eve", "fay")
                .connect("ada", "bob", "ada", "carl", "bob", "dan", "carl", "dan", "bob", "eve", "fay", "eve")
                .interests("ada", "Graph databases", "Jazz", "Climbing")
                .interests("dan", "Graph databases", "Jazz")
                .interests("eve", "Jazz")
                .interests("fay", "Jazz")
                .livesIn("ada", "malmo", "Malmö").livesIn("dan", "malmo", "Malmö");
        graphs.reload();

        String body = mvc.perform(get("/api/members/ada/suggestions").header(HttpHeaders.AUTHORIZATION, bearer("ada")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberId").value("ada"))
                .andExpect(jsonPath("$.suggestions[0].memberId").value("dan"))
                .andExpect(jsonPath("$.suggestions[0].name").value("Dan Tester"))
                .andExpect(jsonPath("$.suggestions[0].rank").value(1))
                .andExpect(jsonPath("$.suggestions[0].mutualConnectionCount").value(2))
                .andExpect(jsonPath("$.suggestions[0].mutualConnections[*].name").value(
                        org.hamcrest.Matchers.containsInAnyOrder("Bob Tester", "Carl Tester")))
                .andExpect(jsonPath("$.suggestions[0].sharedCity.name").value("Malmö"))
                .andExpect(jsonPath("$.suggestions[0].reasons").value(
                        org.hamcrest.Matchers.containsInAnyOrder("MUTUAL_CONNECTIONS", "SHARED_INTERESTS", "SAME_CITY")))
                .andExpect(jsonPath("$.suggestions[1].memberId").value("eve"))
                .andExpect(jsonPath("$.suggestions[1].mutualConnections[0].id").value("bob"))
                .andExpect(jsonPath("$.suggestions[1].sharedInterests[0]").value("Jazz"))
                .andReturn().getResponse().getContentAsString();

        // Rarest first: "Graph databases" (2 members) before "Jazz" (4 members).
        List<String> interests = JsonPath.read(body, "$.suggestions[0].sharedInterests");
        assertThat(interests).containsExactly("Graph databases", "Jazz");
        // Fay: no path, shares only a common interest — still a candidate, ranked last.
        List<String> ids = JsonPath.read(body, "$.suggestions[*].memberId");
        assertThat(ids).containsExactly("dan", "eve", "fay").doesNotContain("ada", "bob", "carl");
        // The parts add up to the score.
        double score = ((Number) JsonPath.read(body, "$.suggestions[0].score")).doubleValue();
        double mutual = ((Number) JsonPath.read(body, "$.suggestions[0].parts.mutualConnections")).doubleValue();
        double shared = ((Number) JsonPath.read(body, "$.suggestions[0].parts.sharedInterests")).doubleValue();
        double city = ((Number) JsonPath.read(body, "$.suggestions[0].parts.sameCity")).doubleValue();
        double degree = ((Number) JsonPath.read(body, "$.suggestions[0].parts.degree")).doubleValue();
        assertThat(mutual).isPositive();
        assertThat(shared).isPositive();
        assertThat(mutual + shared + city + degree).isCloseTo(score, org.assertj.core.data.Offset.offset(1e-5));

        suggestions.flushImpressions();
        assertThat(count("MATCH (s:SuggestionShown {member: 'ada', simulated: false}) RETURN count(s)")).isEqualTo(3);
        assertThat(count("MATCH (s:SuggestionShown {member: 'ada', candidate: 'dan', lastRank: 1, shown: 1}) "
                + "WHERE 'MUTUAL_CONNECTIONS' IN s.reasons AND s.lastShown = datetime('2026-06-01T09:00:00Z') "
                + "AND s.day = date('2026-06-01') RETURN count(s)"))
                .isEqualTo(1);
    }

    @Test
    void eachExclusionRuleHolds() throws Exception {
        graph.members("ada", "bob", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8")
                .connect("ada", "bob", "bob", "p1", "bob", "p2", "bob", "p3", "bob", "p4", "bob", "p5", "bob", "p6",
                        "bob", "p7", "bob", "p8");
        var now = clock.instant();
        graph.invitation("ada", "p1", "PENDING", now.minus(Duration.ofDays(1)), null)            // pending, sent
                .invitation("p2", "ada", "PENDING", now.minus(Duration.ofDays(1)), null)         // pending, received
                .invitation("ada", "p3", "IGNORED", now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(80)))
                .invitation("ada", "p4", "WITHDRAWN", now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(2)))
                .invitation("ada", "p5", "WITHDRAWN", now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(30)))
                .invitation("p8", "ada", "IGNORED", now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)));
        graphs.reload();
        mvc.perform(post("/api/members/ada/suggestions/p6/dismiss").header(HttpHeaders.AUTHORIZATION, bearer("ada")))
                .andExpect(status().isNoContent());

        // p5's withdrawal is older than the 21-day cool-down; ada ignoring p8 does not hide p8 from ada.
        assertThat(ids("ada")).containsExactly("p5", "p7", "p8");
        assertThat(count("MATCH (:Member {id: 'ada'})-[d:DISMISSED]->(:Member {id: 'p6'}) "
                + "WHERE d.at = datetime('2026-06-01T09:00:00Z') RETURN count(d)")).isEqualTo(1);

        clock.advance(Duration.ofDays(19).plusHours(1));
        assertThat(ids("ada")).as("the cool-down after a withdrawal has passed").containsExactly("p4", "p5", "p7", "p8");
    }

    @Test
    void coldStartMemberGetsSuggestionsFromRareInterestsAndEmployer() throws Exception {
        graph.members("kim", "lee", "max", "noa").connect("kim", "lee", "lee", "max")
                .interests("kim", "Knot theory").interests("noa", "Jazz")
                .worksAt("max", "company:acme", "ACME");
        graphs.reload();
        // The new member exists only in Neo4j (not yet in the in-memory graph): the request reads it fresh.
        mvc.perform(put("/api/members/new-1").header(HttpHeaders.AUTHORIZATION, bearer("new-1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\":\"New\",\"lastName\":\"Member\",\"interests\":[\"Knot_theory\"],"
                                + "\"employers\":[{\"name\":\"ACME\",\"from\":2024}]}"))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/members/new-1/suggestions?limit=5").header(HttpHeaders.AUTHORIZATION, bearer("new-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions.length()").value(2))
                .andExpect(jsonPath("$.suggestions[?(@.memberId == 'kim')].reasons[0]").value("SHARED_INTERESTS"))
                .andExpect(jsonPath("$.suggestions[?(@.memberId == 'kim')].sharedInterests[0]").value("Knot theory"))
                .andExpect(jsonPath("$.suggestions[?(@.memberId == 'max')].reasons[0]").value("SAME_COMPANY"))
                .andExpect(jsonPath("$.suggestions[?(@.memberId == 'max')].sharedOrganizations[0].name").value("ACME"));
    }

    @Test
    void onlyTheMemberReadsOrDismissesTheirSuggestions() throws Exception {
        graph.members("ada", "bob");
        mvc.perform(get("/api/members/ada/suggestions")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/members/ada/suggestions").header(HttpHeaders.AUTHORIZATION, bearer("bob")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/members/ada/suggestions").header(HttpHeaders.AUTHORIZATION, bearer("admin", Role.ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/members/ada/suggestions/bob/dismiss").header(HttpHeaders.AUTHORIZATION, bearer("bob")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/members/ada/suggestions/bob/dismiss")).andExpect(status().isUnauthorized());
        assertThat(count("MATCH ()-[d:DISMISSED]->() RETURN count(d)")).isZero();
    }

    @Test
    void theSelfCheckStillHoldsOnceItsExpressionIsCompiled() throws Exception {
        // spring.properties compiles SpEL after 100 interpreted runs: well past that, a caller still reads only their own.
        graph.members("ada", "bob");
        graphs.reload();
        for (int i = 0; i < 150; i++) {
            String member = "m" + i;   // one call each: the rate limit is per member
            mvc.perform(get("/api/members/" + member + "/suggestions").header(HttpHeaders.AUTHORIZATION, bearer(member)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/members/ada/suggestions").header(HttpHeaders.AUTHORIZATION, bearer("bob")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/members/ada/suggestions").header(HttpHeaders.AUTHORIZATION, bearer("ada")))
                .andExpect(status().isOk());
    }

    @Test
    void badInputIsAProblemAndChangesNothing() throws Exception {
        graph.members("ada");
        for (String limit : List.of("0", "101", "many")) {
            mvc.perform(get("/api/members/ada/suggestions?limit=" + limit).header(HttpHeaders.AUTHORIZATION, bearer("ada")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString("limit")));
        }
        mvc.perform(post("/api/members/ada/suggestions/ada/dismiss").header(HttpHeaders.AUTHORIZATION, bearer("ada")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/members/ada/suggestions/ghost/dismiss").header(HttpHeaders.AUTHORIZATION, bearer("ada")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/members/ghost/suggestions").header(HttpHeaders.AUTHORIZATION, bearer("ghost")))
                .andExpect(status().isNotFound());
        assertThat(count("MATCH (n) WHERE n:SuggestionShown OR ()-[:DISMISSED]->(n) RETURN count(n)")).isZero();
    }

    @Test
    void tiesAreOrderedByMemberIdEveryTime() throws Exception {
        graph.members("ada", "bob", "z3", "z1", "z2", "a9").connect("ada", "bob", "bob", "z3", "bob", "z1", "bob", "z2", "bob", "a9");
        graphs.reload();
        assertThat(ids("ada")).containsExactly("a9", "z1", "z2", "z3");
        assertThat(ids("ada")).containsExactly("a9", "z1", "z2", "z3");
        assertThat(suggestions.suggest("ada", 2, false, false)).extracting(Suggestion::memberId).containsExactly("a9", "z1");
    }

    @Test
    void connectionEventsUpdateTheInMemoryGraphWithoutAResync() throws Exception {
        graph.members("ada", "bob", "cy", "dee").connect("ada", "bob");
        graphs.reload();
        assertThat(ids("ada")).isEmpty();
        // Another feature connects bob and cy, and bob and dee, then publishes the events after commit.
        graph.connect("bob", "cy", "bob", "dee");
        events.publishEvent(new ConnectionCreated("bob", "cy", clock.instant()));
        events.publishEvent(new ConnectionCreated("bob", "dee", clock.instant()));
        assertThat(ids("ada")).containsExactly("cy", "dee");
        try (var session = driver.session()) {
            session.run("MATCH (:Member {id: 'bob'})-[c:CONNECTED_TO]-(:Member {id: 'dee'}) DELETE c").consume();
        }
        events.publishEvent(new app.rapport.network.ConnectionRemoved("bob", "dee", clock.instant()));
        assertThat(ids("ada")).containsExactly("cy");
    }

    private List<String> ids(String member) {
        return suggestions.suggest(member, 20, false, false).stream().map(Suggestion::memberId).toList();
    }
}
