package app.rapport.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
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
        String toP3 = invite("ada", "p3");
        assertThat(ids("p3")).as("p3 has ada's invitation pending").doesNotContain("ada");
        answer("p3", toP3, "ignore");
        assertThat(ids("ada")).as("ignored").containsExactly("p4", "p5");
        // ada is hidden from her own list either way (pending, then ignored); the recipient's list shows the ignore
        // reached memory: nothing pending for p3 any more, and only the sender is kept away for ever.
        assertThat(ids("p3")).as("ignored: no longer pending for the recipient").contains("ada");
        String toP4 = invite("ada", "p4");
        assertThat(ids("p4")).as("p4 has ada's invitation pending").doesNotContain("ada");
        answer("ada", toP4, "withdraw");
        assertThat(ids("ada")).as("withdrawn, cooling down").containsExactly("p5");
        assertThat(ids("p4")).as("withdrawn: no longer pending for the recipient").contains("ada");
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
        // The withdrawal was kept with its time: once the cool-down has passed, p4 is suggested again; the ignore holds.
        clock.advance(Duration.ofDays(21).plusMinutes(1));
        assertThat(ids("ada")).as("cool-down over").containsExactlyInAnyOrder("p6", "p4");
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
