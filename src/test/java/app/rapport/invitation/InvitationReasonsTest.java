package app.rapport.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import com.jayway.jsonpath.JsonPath;


/**
 * The reasons an invitation records are the ones its sender was shown: from a suggestion, that suggestion's rank
 * and reasons (the latest time it was shown, whatever the client claims); from a profile, the profile view's.
 */
class InvitationReasonsTest extends InvitationTestBase {


    @Test
    void fromASuggestionTheInvitationKeepsTheRankAndReasonsItsSenderWasShown() throws Exception {
        // b: one mutual connection (c) and a shared interest; e: two mutual connections, so ranked above b.
        members("a", "b", "c", "d", "e");
        connect("a", "c");
        connect("c", "b");
        connect("a", "d");
        connect("c", "e");
        connect("d", "e");
        cypher("""
                MATCH (a:Member {id: 'a'}), (b:Member {id: 'b'})
                CREATE (a)-[:INTERESTED_IN]->(:Interest {key: 'jazz', name: 'Jazz'})<-[:INTERESTED_IN]-(b)
                """, Map.of());
        graphs.reload();
        // An earlier view with another rank and reasons: only the latest counts.
        cypher("""
                CREATE (:SuggestionShown {member: 'a', candidate: 'b', day: date($earlier), simulated: false, shown: 1,
                        firstShown: $earlier, lastShown: $earlier, bestRank: 9, lastRank: 9, lastScore: 0.1, reasons: ['SAME_CITY']})
                """, Map.of("earlier", clock.instant().minus(Duration.ofDays(1)).atZone(java.time.ZoneOffset.UTC)));

        String shown = mvc.perform(get("/api/members/a/suggestions").header(HttpHeaders.AUTHORIZATION, bearer("a")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int rank = JsonPath.<List<Integer>>read(shown, "$.suggestions[?(@.memberId == 'b')].rank").get(0);
        List<String> reasons = JsonPath.<List<List<String>>>read(shown, "$.suggestions[?(@.memberId == 'b')].reasons").get(0);
        assertThat(rank).isEqualTo(2);
        assertThat(reasons).containsExactlyInAnyOrder("MUTUAL_CONNECTIONS", "SHARED_INTERESTS");
        // After the view they start working at the same company: a recomputation would add SAME_COMPANY.
        cypher("""
                MATCH (a:Member {id: 'a'}), (b:Member {id: 'b'})
                CREATE (a)-[:WORKS_AT]->(:Organization {id: 'acme', name: 'ACME', kind: 'COMPANY'})<-[:WORKS_AT]-(b)
                """, Map.of());
        clock.advance(Duration.ofMinutes(5));

        sendBody("a", "{\"to\": \"b\", \"source\": \"SUGGESTION\", \"suggestionRank\": 7}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.suggestionRank").value(rank))
                .andExpect(jsonPath("$.suggestionReasons").value(reasons));
        assertThat(count("""
                MATCH (:Member {id: 'a'})-[:SENT]->(i:Invitation {source: 'SUGGESTION'})-[:TO]->(:Member {id: 'b'})
                WHERE i.suggestionRank = $rank AND i.suggestionReasons = $reasons AND i.mutualConnections = 1
                RETURN count(i)""", Map.of("rank", rank, "reasons", reasons))).isEqualTo(1);
    }

    @Test
    void fromASuggestionNeverShownTheInvitationClaimsNoRankOrReasons() throws Exception {
        members("a", "b", "c");
        connect("a", "c");
        connect("c", "b");

        sendBody("a", "{\"to\": \"b\", \"source\": \"SUGGESTION\", \"suggestionRank\": 3}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.suggestionRank").doesNotExist())
                .andExpect(jsonPath("$.suggestionReasons").isEmpty());
        assertThat(count("""
                MATCH (:Member {id: 'a'})-[:SENT]->(i:Invitation)-[:TO]->(:Member {id: 'b'})
                WHERE i.suggestionRank IS NULL AND i.suggestionReasons = [] AND i.mutualConnections = 1
                RETURN count(i)""")).isEqualTo(1);
    }

    @Test
    void fromAProfileTheInvitationKeepsTheReasonsTheProfileViewShows() throws Exception {
        members("a", "b", "c");
        connect("a", "c");
        connect("c", "b");
        cypher("""
                MATCH (a:Member {id: 'a'}), (b:Member {id: 'b'})
                CREATE (a)-[:LIVES_IN]->(:Place {id: 'malmo', name: 'Malmö', kind: 'CITY'})<-[:LIVES_IN]-(b)
                """, Map.of());
        // Shown to b as a suggestion too: irrelevant for an invitation sent from the profile.
        cypher("""
                CREATE (:SuggestionShown {member: 'a', candidate: 'b', day: date($now), simulated: false, shown: 1,
                        firstShown: $now, lastShown: $now, bestRank: 4, lastRank: 4, lastScore: 0.1, reasons: ['SHARED_INTERESTS']})
                """, Map.of("now", clock.instant().atZone(java.time.ZoneOffset.UTC)));

        String view = mvc.perform(get("/api/members/a/relationship?with=b").header(HttpHeaders.AUTHORIZATION, bearer("a")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> profileReasons = JsonPath.read(view, "$.reasonCodes");
        assertThat(profileReasons).containsExactly("MUTUAL_CONNECTIONS", "SAME_CITY");

        sendBody("a", "{\"to\": \"b\", \"source\": \"PROFILE\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.suggestionRank").doesNotExist())
                .andExpect(jsonPath("$.suggestionReasons").value(profileReasons));
    }
}
