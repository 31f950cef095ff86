package app.rapport.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import app.rapport.network.ConnectionCreated;
import app.rapport.network.ConnectionRemoved;
import app.rapport.support.MutableClock;

/** Send, accept, ignore, withdraw, list and remove, through the API on the real graph. */
@RecordApplicationEvents
class InvitationLifecycleTest extends InvitationTestBase {

    @Autowired
    ApplicationEvents events;

    @Test
    void sendStoresEveryContractFieldWithTheReasonsThatHoldAtSendTime() throws Exception {
        members("a", "b", "c");
        connect("a", "c");
        connect("c", "b");
        cypher("""
                MATCH (a:Member {id: 'a'}), (b:Member {id: 'b'})
                CREATE (i:Interest {key: 'jazz', name: 'Jazz'}), (o:Organization {id: 'acme', name: 'ACME', kind: 'COMPANY'}),
                       (s:Organization {id: 'uu', name: 'Uppsala', kind: 'SCHOOL'}), (p:Place {id: 'malmo', name: 'Malmö', kind: 'CITY'})
                CREATE (a)-[:INTERESTED_IN]->(i)<-[:INTERESTED_IN]-(b), (a)-[:WORKS_AT]->(o)<-[:WORKS_AT]-(b),
                       (a)-[:STUDIED_AT]->(s)<-[:STUDIED_AT]-(b), (a)-[:LIVES_IN]->(p)<-[:LIVES_IN]-(b)
                """, Map.of());

        sendBody("a", "{\"to\": \"b\", \"note\": \"  Hi B, we both like jazz.  \", \"source\": \"PROFILE\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/invitations/")))
                .andExpect(jsonPath("$.from").value("a"))
                .andExpect(jsonPath("$.to").value("b"))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.note").value("Hi B, we both like jazz."))
                .andExpect(jsonPath("$.sentAt").value(MutableClock.START.toString()));

        assertThat(count("""
                MATCH (:Member {id: 'a'})-[:SENT]->(i:Invitation)-[:TO]->(:Member {id: 'b'})
                WHERE i.status = 'PENDING' AND i.noteKind = 'OWN' AND i.source = 'PROFILE' AND i.suggestionRank IS NULL
                  AND i.mutualConnections = 1 AND i.simulated = false AND i.answeredAt IS NULL
                  AND i.sentAt = datetime('2026-06-01T09:00:00Z')
                  AND i.suggestionReasons = ['MUTUAL_CONNECTIONS', 'SHARED_INTERESTS', 'SAME_COMPANY', 'SAME_SCHOOL', 'SAME_CITY']
                RETURN count(i)"""))
                .isEqualTo(1);
    }

    @Test
    void acceptingConnectsOnceAndKeepsTheInvitationWithItsTimestamps() throws Exception {
        members("a", "b");
        String id = invite("a", "b");
        clock.advance(java.time.Duration.ofHours(5));

        answer("b", id, "accept").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.answeredAt").value(MutableClock.START.plusSeconds(5 * 3600).toString()));
        assertThat(connections("a", "b")).isEqualTo(1);
        assertThat(events.stream(ConnectionCreated.class)).containsExactly(
                new ConnectionCreated("a", "b", MutableClock.START.plusSeconds(5 * 3600)));

        answer("b", id, "accept").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("already answered")));
        answer("b", id, "ignore").andExpect(status().isConflict());
        answer("a", id, "withdraw").andExpect(status().isConflict());
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");
        assertThat(connections("a", "b")).isEqualTo(1);
        assertThat(events.stream(ConnectionCreated.class)).hasSize(1);

        send("b", "a").andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("already connected")));
    }

    @Test
    void onePendingInvitationPerPairAndACrossInvitationAcceptsTheFirst() throws Exception {
        members("a", "b");
        String id = invite("a", "b");
        send("a", "b").andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("pending")));

        send("b", "a").andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        assertThat(count("MATCH (i:Invitation) RETURN count(i)")).isEqualTo(1);
        assertThat(connections("a", "b")).isEqualTo(1);
    }

    @Test
    void noInvitationToSelfOrToAConnection() throws Exception {
        members("a", "b");
        connect("a", "b");
        String before = graph();
        send("a", "a").andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("yourself")));
        send("a", "b").andExpect(status().isConflict());
        assertThat(graph()).isEqualTo(before);
    }

    @Test
    void anIgnoredSenderMayNeverInviteAgainAndIsNotToldWhy() throws Exception {
        members("a", "b", "c");
        String id = invite("a", "b");
        answer("b", id, "ignore").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IGNORED"));
        assertThat(connections("a", "b")).isZero();
        // To the sender it looks pending (IgnoredInvitationPrivacyTest) until they withdraw it.
        answer("a", id, "withdraw").andExpect(status().isOk());

        clock.advance(java.time.Duration.ofDays(400));
        String ignored = send("a", "b").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("An invitation to member 'b' is not possible."))
                .andReturn().getResponse().getContentAsString();

        // A withdrawal cool-down, which the sender knows about, gets the very same answer.
        String withdrawn = invite("a", "c");
        answer("a", withdrawn, "withdraw").andExpect(status().isOk());
        String cooling = send("a", "c").andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(cooling.replace("'c'", "'b'")).isEqualTo(ignored);

        // The one who ignored may still change their mind.
        invite("b", "a");
    }

    @Test
    void afterAWithdrawalTheSameInvitationWaitsForTheCooldown(@Autowired InvitationSettings settings) throws Exception {
        members("a", "b");
        String id = invite("a", "b");
        answer("a", id, "withdraw").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));

        send("a", "b").andExpect(status().isUnprocessableContent());
        clock.advance(settings.withdrawCooldown().minusMinutes(1));
        send("a", "b").andExpect(status().isUnprocessableContent());
        clock.advance(java.time.Duration.ofMinutes(2));
        String again = invite("a", "b");

        assertThat(statusOf(id)).isEqualTo("WITHDRAWN");
        assertThat(statusOf(again)).isEqualTo("PENDING");
        // The other way round was never blocked.
        assertThat(count("MATCH (i:Invitation) RETURN count(i)")).isEqualTo(2);
    }

    @Test
    void theWeeklyLimitCountsTheLastSevenDays(@Autowired InvitationSettings settings) throws Exception {
        int limit = settings.weeklyLimit();
        cypher("CREATE (:Member {id: 'a'}) WITH 1 AS one UNWIND range(0, $n) AS i CREATE (:Member {id: 'm' + i})",
                Map.of("n", limit + 1));
        // Earlier invitations seeded directly (sending each through the API only slows the test): half
        // now, the rest but one three days later, then the last one through the API.
        seedSent(0, limit / 2);
        clock.advance(java.time.Duration.ofDays(3));
        seedSent(limit / 2, limit - 1);
        invite("a", "m" + (limit - 1));
        send("a", "m" + limit).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(containsString(limit + " invitations in 7 days")));

        // 7 days after the first half was sent, that half leaves the window.
        clock.advance(java.time.Duration.ofDays(4).plusSeconds(1));
        invite("a", "m" + limit);
        send("a", "m" + (limit + 1)).andExpect(status().isCreated());
        assertThat(count("MATCH (:Member {id: 'a'})-[:SENT]->(i:Invitation) RETURN count(i)")).isEqualTo(limit + 2);
    }

    private void seedSent(int fromIndex, int toIndex) {
        cypher("""
                MATCH (a:Member {id: 'a'}) UNWIND range($from, $to - 1) AS n MATCH (b:Member {id: 'm' + n})
                CREATE (a)-[:SENT]->(:Invitation {id: 'seed-' + n, status: 'PENDING', source: 'PROFILE',
                        sentAt: datetime($now), simulated: false})-[:TO]->(b)
                """, Map.of("from", fromIndex, "to", toIndex, "now", clock.instant().toString()));
    }

    @Test
    void onlyTheRecipientAnswersAndOnlyTheSenderWithdraws() throws Exception {
        members("a", "b", "c");
        String id = invite("a", "b");
        String before = graph();
        answer("c", id, "accept").andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        answer("a", id, "accept").andExpect(status().isForbidden());
        answer("a", id, "ignore").andExpect(status().isForbidden());
        answer("b", id, "withdraw").andExpect(status().isForbidden());
        answer("c", id, "withdraw").andExpect(status().isForbidden());
        assertThat(graph()).isEqualTo(before);
    }

    @Test
    void membersListTheirOwnInvitationsByDirectionAndStatus() throws Exception {
        members("a", "b", "c", "d");
        String ab = invite("a", "b");
        clock.advance(java.time.Duration.ofMinutes(1));
        String cb = invite("c", "b");
        invite("b", "d");
        answer("b", ab, "accept").andExpect(status().isOk());

        list("b", "?direction=received").andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(cb))
                .andExpect(jsonPath("$[1].id").value(ab));
        list("b", "?direction=received&status=PENDING").andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].from").value("c"));
        list("b", "?direction=sent&status=pending").andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].to").value("d"));
        list("b", "?direction=sent&status=ACCEPTED").andExpect(jsonPath("$.length()").value(0));
        list("b", "").andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/members/b/invitations?direction=sideways").header(HttpHeaders.AUTHORIZATION, bearer("b")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("direction")));
        mvc.perform(get("/api/members/b/invitations?status=LOST").header(HttpHeaders.AUTHORIZATION, bearer("b")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("status")));
    }

    @Test
    void removingAConnectionKeepsTheHistoryAndAllowsANewInvitation() throws Exception {
        members("a", "b");
        String id = invite("a", "b");
        answer("b", id, "accept").andExpect(status().isOk());
        mvc.perform(get("/api/members/a/connections").header(HttpHeaders.AUTHORIZATION, bearer("a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("b"))
                .andExpect(jsonPath("$[0].firstName").value("Fb"))
                .andExpect(jsonPath("$[0].since").value(MutableClock.START.toString()));

        mvc.perform(delete("/api/members/b/connections/a").header(HttpHeaders.AUTHORIZATION, bearer("b")))
                .andExpect(status().isNoContent());
        assertThat(connections("a", "b")).isZero();
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");
        assertThat(events.stream(ConnectionRemoved.class)).containsExactly(new ConnectionRemoved("b", "a", MutableClock.START));
        mvc.perform(delete("/api/members/b/connections/a").header(HttpHeaders.AUTHORIZATION, bearer("b")))
                .andExpect(status().isNotFound());

        invite("b", "a");
    }

    private org.springframework.test.web.servlet.ResultActions list(String member, String query) throws Exception {
        return mvc.perform(get("/api/members/" + member + "/invitations" + query).header(HttpHeaders.AUTHORIZATION, bearer(member)))
                .andExpect(status().isOk());
    }
}
