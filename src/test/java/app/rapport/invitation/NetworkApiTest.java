package app.rapport.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import app.rapport.support.MutableClock;

/** Relationship state with reasons, the "My Network" badge and welcome messages. */
class NetworkApiTest extends InvitationTestBase {

    @Autowired
    InvitationSettings settings;

    @Test
    void relationshipShowsTheReasonsToConnect() throws Exception {
        members("a", "b", "m1", "m2", "m3", "m4");
        for (String m : new String[] {"m1", "m2", "m3", "m4"}) {
            connect("a", m);
            connect(m, "b");
        }
        cypher("MATCH (m:Member) WHERE m.id STARTS WITH 'm' SET m.lastName = 'Z' + m.id", Map.of());
        cypher("MATCH (m:Member {id: 'm3'}) SET m.lastName = 'Adams'", Map.of());
        cypher("""
                MATCH (a:Member {id: 'a'}), (b:Member {id: 'b'})
                CREATE (i:Interest {key: 'jazz', name: 'Jazz'}), (j:Interest {key: 'go', name: 'Go'}),
                       (o:Organization {id: 'acme', name: 'ACME', kind: 'COMPANY'}), (p:Place {id: 'oslo', name: 'Oslo'})
                CREATE (a)-[:INTERESTED_IN]->(i)<-[:INTERESTED_IN]-(b), (a)-[:INTERESTED_IN]->(j),
                       (a)-[:WORKS_AT]->(o)<-[:WORKS_AT]-(b), (a)-[:LIVES_IN]->(p)<-[:LIVES_IN]-(b)
                """, Map.of());

        relationship("a", "b").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("NONE"))
                .andExpect(jsonPath("$.reasons.mutualConnections").value(4))
                .andExpect(jsonPath("$.reasons.mutual.length()").value(3))
                .andExpect(jsonPath("$.reasons.mutual[0].lastName").value("Adams"))
                .andExpect(jsonPath("$.reasons.mutual[1].id").value("m1"))
                .andExpect(jsonPath("$.reasons.sharedInterests[0]").value("Jazz"))
                .andExpect(jsonPath("$.reasons.sharedInterests.length()").value(1))
                .andExpect(jsonPath("$.reasons.sameCompanies[0]").value("ACME"))
                .andExpect(jsonPath("$.reasons.sameSchools.length()").value(0))
                .andExpect(jsonPath("$.reasons.sameCities[0]").value("Oslo"))
                .andExpect(jsonPath("$.reasonCodes[0]").value("MUTUAL_CONNECTIONS"))
                .andExpect(jsonPath("$.reasonCodes.length()").value(4));
    }

    @Test
    void relationshipFollowsTheLifecycle() throws Exception {
        members("a", "b", "c");
        String id = invite("a", "b");
        relationship("a", "b").andExpect(jsonPath("$.state").value("PENDING_SENT")).andExpect(jsonPath("$.invitationId").value(id));
        relationship("b", "a").andExpect(jsonPath("$.state").value("PENDING_RECEIVED")).andExpect(jsonPath("$.invitationId").value(id));
        answer("b", id, "accept").andExpect(status().isOk());
        relationship("b", "a").andExpect(jsonPath("$.state").value("CONNECTED")).andExpect(jsonPath("$.invitationId").doesNotExist());

        String ignored = invite("c", "a");
        answer("a", ignored, "ignore").andExpect(status().isOk());
        // The sender is not told: to them it is still pending, until they withdraw it.
        relationship("c", "a").andExpect(jsonPath("$.state").value("PENDING_SENT")).andExpect(jsonPath("$.invitationId").value(ignored));
        relationship("a", "c").andExpect(jsonPath("$.state").value("NONE"));
        answer("c", ignored, "withdraw").andExpect(status().isOk());
        relationship("c", "a").andExpect(jsonPath("$.state").value("BLOCKED"));

        String withdrawn = invite("c", "b");
        answer("c", withdrawn, "withdraw").andExpect(status().isOk());
        relationship("c", "b").andExpect(jsonPath("$.state").value("BLOCKED"));
        clock.advance(settings.withdrawCooldown().plusSeconds(1));
        relationship("c", "b").andExpect(jsonPath("$.state").value("NONE"));
    }

    @Test
    void relationshipIsBlockedWhileTheWeeklyLimitIsReached() throws Exception {
        members("a", "b");
        cypher("""
                MATCH (a:Member {id: 'a'}) UNWIND range(1, $n) AS n CREATE (m:Member {id: 'x' + n})
                CREATE (a)-[:SENT]->(:Invitation {id: 'seed-' + n, status: 'PENDING', source: 'PROFILE',
                        sentAt: datetime($now), simulated: false})-[:TO]->(m)
                """, Map.of("n", settings.weeklyLimit(), "now", clock.instant().toString()));
        relationship("a", "b").andExpect(jsonPath("$.state").value("BLOCKED"));
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        relationship("a", "b").andExpect(jsonPath("$.state").value("NONE"));
    }

    @Test
    void relationshipRefusesBadCounterparts() throws Exception {
        members("a");
        relationship("a", "a").andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("with")));
        relationship("a", "ghost").andExpect(status().isNotFound());
        relationship("a", "bad id!").andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("with")));
        mvc.perform(get("/api/members/a/relationship").header(HttpHeaders.AUTHORIZATION, bearer("a")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void badgeCountsWhatIsNewSinceLastSeen() throws Exception {
        members("a", "b", "c", "d", "e");
        invite("a", "b");
        invite("c", "b");
        String withdrawn = invite("e", "b");
        answer("e", withdrawn, "withdraw").andExpect(status().isOk());
        String ad = invite("a", "d");
        clock.advance(Duration.ofMinutes(1));
        answer("d", ad, "accept").andExpect(status().isOk());

        badge("b").andExpect(jsonPath("$.invitationsReceived").value(2))
                .andExpect(jsonPath("$.invitationsAccepted").value(0))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.since").doesNotExist());
        badge("a").andExpect(jsonPath("$.invitationsAccepted").value(1)).andExpect(jsonPath("$.total").value(1));

        clock.advance(Duration.ofMinutes(1));
        mvc.perform(post("/api/members/b/network/badge/seen").header(HttpHeaders.AUTHORIZATION, bearer("b")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.since").value(MutableClock.START.plusSeconds(120).toString()));
        assertThat(count("MATCH (m:Member {id: 'b'}) WHERE m.lastSeenNetworkAt IS NOT NULL RETURN count(m)")).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        invite("d", "b");
        String bc = invite("b", "e");
        answer("e", bc, "accept").andExpect(status().isOk());
        badge("b").andExpect(jsonPath("$.invitationsReceived").value(1))
                .andExpect(jsonPath("$.invitationsAccepted").value(1))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void theAccepterMaySendOneWelcomeMessage() throws Exception {
        members("a", "b", "c");
        String id = invite("a", "b");
        String before = graph();
        message("b", "a", "Hi").andExpect(status().isConflict());
        answer("b", id, "accept").andExpect(status().isOk());
        before = graph();

        message("a", "b", "Thanks!").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("whose invitation you accepted")));
        message("c", "b", "Hello").andExpect(status().isConflict());
        message("b", "a", " ").andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("text")));
        message("b", "a", "x".repeat(WelcomeMessages.MAX_LENGTH + 1)).andExpect(status().isBadRequest());
        message("b", "ghost", "Hi").andExpect(status().isNotFound());
        message("b", "bad id!", "Hi").andExpect(status().isBadRequest());
        mvc.perform(post("/api/messages").header(HttpHeaders.AUTHORIZATION, bearer("b"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\": 5, \"text\": []}")).andExpect(status().isBadRequest());
        assertThat(graph()).isEqualTo(before);

        message("b", "a", "Welcome, <b>A</b>!").andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("WELCOME"))
                .andExpect(jsonPath("$.text").value("Welcome, <b>A</b>!"));
        assertThat(count("""
                MATCH (:Member {id: 'b'})-[:WROTE]->(m:Message {kind: 'WELCOME', text: 'Welcome, <b>A</b>!'})-[:TO]->(:Member {id: 'a'})
                WHERE m.sentAt = datetime($now) RETURN count(m)""", Map.of("now", clock.instant().toString()))).isEqualTo(1);
        message("b", "a", "Welcome again").andExpect(status().isConflict());

        mvc.perform(delete("/api/members/a/connections/b").header(HttpHeaders.AUTHORIZATION, bearer("a")))
                .andExpect(status().isNoContent());
        message("b", "a", "Still there?").andExpect(status().isConflict());
    }

    private ResultActions relationship(String viewer, String other) throws Exception {
        return mvc.perform(get("/api/members/" + viewer + "/relationship").param("with", other)
                .header(HttpHeaders.AUTHORIZATION, bearer(viewer)));
    }

    private ResultActions badge(String member) throws Exception {
        return mvc.perform(get("/api/members/" + member + "/network/badge").header(HttpHeaders.AUTHORIZATION, bearer(member)))
                .andExpect(status().isOk());
    }

    private ResultActions message(String from, String to, String text) throws Exception {
        String body = "{\"to\": \"" + to + "\", \"text\": \"" + text + "\"}";
        return mvc.perform(post("/api/messages").header(HttpHeaders.AUTHORIZATION, bearer(from))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
