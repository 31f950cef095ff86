package app.rapport.invitation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import app.rapport.support.IntegrationTest;

/** Graph set-up and API helpers shared by the invitation tests (same Spring context as every IntegrationTest). */
abstract class InvitationTestBase extends IntegrationTest {

    protected ResultActions sendBody(String from, String body) throws Exception {
        return mvc.perform(post("/api/invitations").header(HttpHeaders.AUTHORIZATION, bearer(from))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected ResultActions send(String from, String to) throws Exception {
        return sendBody(from, "{\"to\": \"" + to + "\", \"source\": \"PROFILE\"}");
    }

    /** Sends and returns the new pending invitation's id. */
    protected String invite(String from, String to) throws Exception {
        String body = send(from, to).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    protected ResultActions answer(String member, String invitationId, String action) throws Exception {
        return mvc.perform(post("/api/invitations/" + invitationId + "/" + action)
                .header(HttpHeaders.AUTHORIZATION, bearer(member)));
    }

    protected long connections(String a, String b) {
        return count("MATCH (:Member {id: $a})-[c:CONNECTED_TO]-(:Member {id: $b}) RETURN count(c)", Map.of("a", a, "b", b));
    }

    protected String statusOf(String invitationId) {
        try (var session = driver.session()) {
            return session.run("MATCH (i:Invitation {id: $id}) RETURN i.status", Map.of("id", invitationId))
                    .single().get(0).asString();
        }
    }

    /**
     * Every node and relationship with its properties, so a test can assert that nothing changed: after the
     * background writers (impressions, analytics rollups) have written what earlier requests gave them.
     */
    protected String graph() {
        suggestions.flushImpressions();
        rollups.flush();
        try (var session = driver.session()) {
            return session.run("""
                    MATCH (n) WHERE NOT n:__Migration
                    OPTIONAL MATCH (n)-[r]->(m)
                    WITH n, r, m ORDER BY elementId(n), elementId(r)
                    RETURN collect([labels(n), properties(n), type(r), properties(r), m.id])
                    """).single().get(0).toString();
        }
    }
}
