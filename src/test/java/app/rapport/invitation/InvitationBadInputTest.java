package app.rapport.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import app.rapport.config.RapportProperties;

/** Every kind of bad input gets a 4xx problem with a clear message, and the graph stays as it was. */
class InvitationBadInputTest extends InvitationTestBase {

    @Autowired
    RapportProperties properties;

    @Test
    void badInvitationsAreRefusedWithProblemsAndChangeNothing() throws Exception {
        members("a", "b");
        String answered = invite("a", "b");
        answer("b", answered, "ignore").andExpect(status().isOk());
        members("c");
        String pending = invite("c", "a");
        String before = graph();

        String longNote = "x".repeat(properties.noteLimit() + 1);
        problem(sendBody("c", "{\"to\": \"b\", \"source\": \"PROFILE\", \"note\": \"" + longNote + "\"}"), 400,
                "note: at most " + properties.noteLimit() + " characters");
        problem(send("c", "ghost"), 404, "ghost");
        problem(send("ghost", "c"), 404, "ghost");
        problem(send("c", "bad id!"), 400, "to");
        problem(send("c", "-leading-dash"), 400, "to");
        problem(sendBody("c", "{\"to\": [\"b\"], \"source\": \"PROFILE\"}"), 400, "expected shape");
        problem(sendBody("c", "{\"to\": \"b\", \"source\": \"EMAIL\"}"), 400, "expected shape");
        problem(sendBody("c", "not json"), 400, "not valid JSON");
        problem(sendBody("c", "{\"to\": \"b\"}"), 400, "source");
        problem(sendBody("c", "{\"to\": \"b\", \"source\": \"PROFILE\", \"suggestionRank\": 3}"), 400, "suggestionRank");
        problem(sendBody("c", "{\"to\": \"b\", \"source\": \"SUGGESTION\", \"suggestionRank\": 0}"), 400, "suggestionRank");
        problem(sendBody("c", "{\"to\": \"b\", \"source\": \"SUGGESTION\", \"note\": {\"text\": \"hi\"}}"), 400, "expected shape");

        problem(answer("b", answered, "accept"), 409, "already answered (IGNORED)");
        problem(answer("a", "no-such-invitation", "accept"), 404, "no-such-invitation");
        problem(answer("a", "-bad", "accept"), 400, "invitationId");
        problem(answer("a", pending, "shrug"), 404, null);

        assertThat(graph()).isEqualTo(before);
    }

    @Test
    void aNoteAtTheLimitIsAccepted() throws Exception {
        members("a", "b");
        String note = "é".repeat(properties.noteLimit());
        sendBody("a", "{\"to\": \"b\", \"source\": \"PROFILE\", \"note\": \"" + note + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.note").value(note));
    }

    private static void problem(ResultActions result, int status, String detailPart) throws Exception {
        result.andExpect(status().is(status));
        if (detailPart != null) {
            result.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString(detailPart)));
        }
    }
}
