package app.rapport.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The sender is not told they were ignored: to them an ignored invitation looks pending in every view (list, status
 * filter, relationship state, a second invitation, withdrawal), while the recipient and the graph keep the truth.
 * The recipient's view leaves out what only analytics needs.
 */
class IgnoredInvitationPrivacyTest extends InvitationTestBase {

    @Test
    void toItsSenderAnIgnoredInvitationLooksPendingEverywhere() throws Exception {
        members("a", "b");
        String id = invite("a", "b");
        answer("b", id, "ignore").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IGNORED"));

        list("a", "?direction=sent").andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].status").value("PENDING"))
                .andExpect(jsonPath("$[0].answeredAt").doesNotExist());
        list("a", "?direction=sent&status=IGNORED").andExpect(jsonPath("$.length()").value(0));
        list("a", "?direction=sent&status=PENDING").andExpect(jsonPath("$.length()").value(1));
        relationship("a", "b").andExpect(jsonPath("$.state").value("PENDING_SENT")).andExpect(jsonPath("$.invitationId").value(id));
        send("a", "b").andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("still pending")));

        // The recipient and the graph (so ANALYST analytics) still see the truth.
        list("b", "?direction=received&status=IGNORED").andExpect(jsonPath("$.length()").value(1));
        assertThat(statusOf(id)).isEqualTo("IGNORED");
    }

    @Test
    void withdrawingAnIgnoredInvitationSucceedsAndThenBlocksReinvitingLikeAnyWithdrawal() throws Exception {
        members("a", "b", "c");
        String ignored = invite("a", "b");
        answer("b", ignored, "ignore").andExpect(status().isOk());
        String pending = invite("a", "c");
        clock.advance(Duration.ofHours(1));

        String ignoredWithdrawn = answer("a", ignored, "withdraw").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN")).andReturn().getResponse().getContentAsString();
        String pendingWithdrawn = answer("a", pending, "withdraw").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(ignoredWithdrawn.replace(ignored, "ID").replace("\"b\"", "\"X\""))
                .isEqualTo(pendingWithdrawn.replace(pending, "ID").replace("\"c\"", "\"X\""));

        // A second withdrawal, a new invitation, the relationship: the same answers for both.
        String again = answer("a", ignored, "withdraw").andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        String againPending = answer("a", pending, "withdraw").andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("(WITHDRAWN)").doesNotContain("IGNORED");
        assertThat(again.replace(ignored, "ID")).isEqualTo(againPending.replace(pending, "ID"));
        String resend = send("a", "b").andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        String resendPending = send("a", "c").andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(resend.replace("'b'", "'X'")).isEqualTo(resendPending.replace("'c'", "'X'"));
        relationship("a", "b").andExpect(jsonPath("$.state").value("BLOCKED"));
        relationship("a", "c").andExpect(jsonPath("$.state").value("BLOCKED"));
        list("a", "?direction=sent&status=WITHDRAWN").andExpect(jsonPath("$.length()").value(2));
        list("a", "?direction=sent&status=IGNORED").andExpect(jsonPath("$.length()").value(0));

        assertThat(statusOf(ignored)).isEqualTo("IGNORED");
        list("b", "?direction=received").andExpect(jsonPath("$[0].status").value("IGNORED"));
    }

    @Test
    void theRecipientSeesNoneOfTheSendersAnalyticsFields() throws Exception {
        members("a", "b");
        String id = invite("a", "b");
        list("b", "?direction=received").andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].noteKind").doesNotExist())
                .andExpect(jsonPath("$[0].suggestionRank").doesNotExist())
                .andExpect(jsonPath("$[0].suggestionReasons").doesNotExist())
                .andExpect(jsonPath("$[0].simulated").doesNotExist())
                .andExpect(jsonPath("$[0].source").value("PROFILE"));
        answer("b", id, "accept").andExpect(status().isOk())
                .andExpect(jsonPath("$.noteKind").doesNotExist())
                .andExpect(jsonPath("$.suggestionReasons").doesNotExist())
                .andExpect(jsonPath("$.simulated").doesNotExist());
        // The sender still sees the reasons they were shown.
        list("a", "?direction=sent").andExpect(jsonPath("$[0].suggestionReasons").isArray())
                .andExpect(jsonPath("$[0].noteKind").value("NONE"));
    }

    private ResultActions list(String member, String query) throws Exception {
        return mvc.perform(get("/api/members/" + member + "/invitations" + query).header(HttpHeaders.AUTHORIZATION, bearer(member)))
                .andExpect(status().isOk());
    }

    private ResultActions relationship(String viewer, String other) throws Exception {
        return mvc.perform(get("/api/members/" + viewer + "/relationship?with=" + other).header(HttpHeaders.AUTHORIZATION, bearer(viewer)))
                .andExpect(status().isOk());
    }
}
