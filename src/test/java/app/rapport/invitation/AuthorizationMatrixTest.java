package app.rapport.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint of this branch: the owner succeeds, another member gets 403 and nothing changes, no
 * token gets 401 and nothing changes. Member "o" owns everything; "x" is another member; "p" is o's
 * connection (o accepted p's invitation), "q" invited o, o invited "r".
 */
class AuthorizationMatrixTest extends InvitationTestBase {

    /**
     * @param other the status another member gets, or null where the endpoint has no owner but the
     *              caller (sending an invitation or a message always acts as the caller)
     */
    record Case(String name, HttpMethod method, String path, String body, int owner, Integer other) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> endpoints() {
        String profile = "{\"firstName\": \"O\", \"lastName\": \"Owner\"}";
        return Stream.of(
                new Case("PUT profile", HttpMethod.PUT, "/api/members/o", profile, 200, 403),
                // Profiles are what members look at before connecting: any member may read one (design.md §5 step 1).
                new Case("GET profile", HttpMethod.GET, "/api/members/o", null, 200, 200),
                new Case("GET invitations", HttpMethod.GET, "/api/members/o/invitations?direction=sent", null, 200, 403),
                new Case("GET connections", HttpMethod.GET, "/api/members/o/connections", null, 200, 403),
                new Case("DELETE connection", HttpMethod.DELETE, "/api/members/o/connections/p", null, 204, 403),
                new Case("GET relationship", HttpMethod.GET, "/api/members/o/relationship?with=q", null, 200, 403),
                new Case("GET badge", HttpMethod.GET, "/api/members/o/network/badge", null, 200, 403),
                new Case("POST badge seen", HttpMethod.POST, "/api/members/o/network/badge/seen", null, 200, 403),
                new Case("POST accept", HttpMethod.POST, "/api/invitations/inv-qo/accept", null, 200, 403),
                new Case("POST ignore", HttpMethod.POST, "/api/invitations/inv-qo/ignore", null, 200, 403),
                new Case("POST withdraw", HttpMethod.POST, "/api/invitations/inv-or/withdraw", null, 200, 403),
                new Case("POST invitation", HttpMethod.POST, "/api/invitations", "{\"to\": \"x\", \"source\": \"PROFILE\"}", 201, null),
                new Case("POST message", HttpMethod.POST, "/api/messages", "{\"to\": \"p\", \"text\": \"Welcome!\"}", 201, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void ownerSucceedsOthersAreForbiddenAnonymousIsUnauthorised(Case c) throws Exception {
        members("o", "x", "p", "q", "r");
        cypher("""
                MATCH (o:Member {id: 'o'}), (p:Member {id: 'p'}), (q:Member {id: 'q'}), (r:Member {id: 'r'})
                CREATE (p)-[:SENT]->(:Invitation {id: 'inv-po', status: 'ACCEPTED', source: 'PROFILE', simulated: false,
                        sentAt: datetime($now), answeredAt: datetime($now)})-[:TO]->(o),
                       (p)-[:CONNECTED_TO {since: datetime($now)}]->(o),
                       (q)-[:SENT]->(:Invitation {id: 'inv-qo', status: 'PENDING', source: 'PROFILE', simulated: false,
                        sentAt: datetime($now)})-[:TO]->(o),
                       (o)-[:SENT]->(:Invitation {id: 'inv-or', status: 'PENDING', source: 'PROFILE', simulated: false,
                        sentAt: datetime($now)})-[:TO]->(r)
                """, Map.of("now", clock.instant().toString()));
        String before = graph();

        mvc.perform(call(c, null)).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(graph()).as("graph after the anonymous call").isEqualTo(before);

        if (c.other() != null) {
            var other = mvc.perform(call(c, "x")).andExpect(status().is(c.other()));
            if (c.other() == 403) {
                other.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
                assertThat(graph()).as("graph after another member's call").isEqualTo(before);
            }
        }

        var owner = mvc.perform(call(c, "o")).andExpect(status().is(c.owner()));
        if (c.other() == null) {
            owner.andExpect(jsonPath("$.from").value("o"));
        }
    }

    private MockHttpServletRequestBuilder call(Case c, String caller) {
        MockHttpServletRequestBuilder request = request(c.method(), c.path());
        if (caller != null) {
            request.header(HttpHeaders.AUTHORIZATION, bearer(caller));
        }
        if (c.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(c.body());
        }
        return request;
    }
}
