package app.rapport.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;

import app.rapport.experiment.ExperimentKind;
import app.rapport.security.Role;
import app.rapport.support.IntegrationTest;

/** A NOTE_TONE experiment: each sender is offered their arm's tone first, and their invitations name the arm. */
class NoteToneExperimentTest extends IntegrationTest {

    @Test
    void theArmsToneComesFirstAndInvitationsRecordTheArm() throws Exception {
        members("s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "to");
        mvc.perform(post("/api/experiments").header(HttpHeaders.AUTHORIZATION, bearer("op", Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "tone", "kind": "NOTE_TONE", "arms": [{"name": "brief", "share": 0.5}, {"name": "professional", "share": 0.5}],
                         "start": "2026-05-01T00:00:00Z", "end": "2026-07-01T00:00:00Z"}"""))
                .andExpect(status().isCreated());
        java.util.Set<String> firstTones = new java.util.HashSet<>();
        for (String sender : List.of("s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7")) {
            String arm = experiments.arm(ExperimentKind.NOTE_TONE, sender).orElseThrow().arm();
            String body = mvc.perform(get("/api/members/" + sender + "/note-drafts?to=to").header(HttpHeaders.AUTHORIZATION, bearer(sender)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.drafts.length()").value(3))
                    .andExpect(jsonPath("$.drafts[0].tone").value(arm)).andReturn().getResponse().getContentAsString();
            firstTones.add(arm);
            String text = JsonPath.read(body, "$.drafts[0].text");
            String json = "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            mvc.perform(post("/api/invitations").header(HttpHeaders.AUTHORIZATION, bearer(sender)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"to\": \"to\", \"source\": \"PROFILE\", \"note\": " + json + "}"))
                    .andExpect(status().isCreated());
            assertThat(count("MATCH (:Member {id: $s})-[:SENT]->(i:Invitation {noteKind: 'DRAFTED'}) WHERE i.experimentArms = [$label] "
                    + "RETURN count(i)", Map.of("s", sender, "label", "tone=" + arm))).isOne();
        }
        assertThat(firstTones).containsExactlyInAnyOrder("brief", "professional");
    }
}
