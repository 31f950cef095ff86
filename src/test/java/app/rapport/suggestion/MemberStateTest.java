package app.rapport.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;

import app.rapport.support.IntegrationTest;

/**
 * The member state suggestions need lives in memory and follows this instance's committed changes before their
 * 2xx: the very next call excludes the member, with no sleep and no rebuild.
 */
class MemberStateTest extends IntegrationTest {

    @Test
    void theNextCallOnThisInstanceSeesEveryCommittedChangeWithoutARebuild() throws Exception {
        new SuggestionFixtures(driver).members("ada", "bob", "p1", "p2", "p3", "p4", "p5", "p6")
                .connect("ada", "bob", "bob", "p1", "bob", "p2", "bob", "p3", "bob", "p4", "bob", "p5")
                .interests("p6", "Jazz");
        graphs.reload();
        long builds = graphs.status().builds();
        assertThat(ids("ada")).containsExactly("p1", "p2", "p3", "p4", "p5");

        invite("ada", "p1");
        assertThat(ids("ada")).as("pending, sent").containsExactly("p2", "p3", "p4", "p5");
        invite("p2", "ada");
        assertThat(ids("ada")).as("pending, received").containsExactly("p3", "p4", "p5");
        answer("p3", invite("ada", "p3"), "ignore");
        assertThat(ids("ada")).as("ignored").containsExactly("p4", "p5");
        answer("ada", invite("ada", "p4"), "withdraw");
        assertThat(ids("ada")).as("withdrawn, cooling down").containsExactly("p5");
        mvc.perform(post("/api/members/ada/suggestions/p5/dismiss").header(HttpHeaders.AUTHORIZATION, bearer("ada")))
                .andExpect(status().isNoContent());
        assertThat(ids("ada")).as("dismissed").isEmpty();
        mvc.perform(put("/api/members/ada").header(HttpHeaders.AUTHORIZATION, bearer("ada"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"firstName\":\"Ada\",\"lastName\":\"L\",\"interests\":[\"Jazz\"]}"))
                .andExpect(status().isOk());
        assertThat(ids("ada")).as("profile written: a shared interest").containsExactly("p6");
        // ada accepts p2's invitation: connected in memory at once, still not suggested either way.
        answer("ada", invitationFrom("p2", "ada"), "accept");
        MemberGraph g = graphs.current();
        assertThat(g.connected(g.indexOf("ada"), g.indexOf("p2"))).isTrue();
        assertThat(ids("ada")).containsExactly("p6");
        assertThat(ids("p2")).doesNotContain("ada", "bob");
        assertThat(graphs.status().builds()).as("no rebuild was needed").isEqualTo(builds);
    }

    private String invite(String from, String to) throws Exception {
        String body = mvc.perform(post("/api/invitations").header(HttpHeaders.AUTHORIZATION, bearer(from))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"" + to + "\", \"source\": \"PROFILE\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private void answer(String member, String invitationId, String action) throws Exception {
        mvc.perform(post("/api/invitations/" + invitationId + "/" + action).header(HttpHeaders.AUTHORIZATION, bearer(member)))
                .andExpect(status().is2xxSuccessful());
    }

    private String invitationFrom(String from, String to) {
        try (var session = driver.session()) {
            return session.run("MATCH (:Member {id: $from})-[:SENT]->(i:Invitation {status: 'PENDING'})-[:TO]->(:Member {id: $to}) RETURN i.id",
                    java.util.Map.of("from", from, "to", to)).single().get(0).asString();
        }
    }

    private List<String> ids(String member) {
        return suggestions.suggest(member, 20, false, false).stream().map(Suggestion::memberId).toList();
    }
}
