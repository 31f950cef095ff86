package app.rapport.experiment;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import app.rapport.security.Role;
import app.rapport.support.IntegrationTest;

/** Defining experiments: only ADMIN; every bad definition is a 4xx problem and stores nothing. */
class ExperimentApiTest extends IntegrationTest {

    private static final String GOOD = """
            {"name": "rank-1", "kind": "RANKER", "arms": [{"name": "formula", "share": 0.5}, {"name": "learned", "share": 0.5}],
             "start": "2026-06-01T00:00:00Z", "end": "2026-07-01T00:00:00Z"}""";

    private ResultActions define(Role role, String body) throws Exception {
        return mvc.perform(post("/api/experiments").header(HttpHeaders.AUTHORIZATION, bearer("op", role))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long stored() {
        return count("MATCH (e:Experiment) RETURN count(e)");
    }

    @Test
    void anAdminDefinesAnExperimentAndAnalystsSeeIt() throws Exception {
        define(Role.ADMIN, GOOD).andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("rank-1"))
                .andExpect(jsonPath("$.arms[1].name").value("learned"));
        assertThat(stored()).isOne();
        assertThat(count("MATCH (e:Experiment {name: 'rank-1', kind: 'RANKER'}) RETURN size(e.armNames)")).isEqualTo(2);
        mvc.perform(get("/api/analytics/experiments").header(HttpHeaders.AUTHORIZATION, bearer("ana", Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].name").value("rank-1"));
    }

    @Test
    void onlyAnAdminMayDefine() throws Exception {
        define(Role.MEMBER, GOOD).andExpect(status().isForbidden());
        define(Role.ANALYST, GOOD).andExpect(status().isForbidden());
        mvc.perform(post("/api/experiments").contentType(MediaType.APPLICATION_JSON).content(GOOD))
                .andExpect(status().isUnauthorized());
        assertThat(stored()).isZero();
    }

    @Test
    void badDefinitionsAreProblemsAndStoreNothing() throws Exception {
        bad(GOOD.replace("0.5}, {\"name\": \"learned\", \"share\": 0.5", "0.5}, {\"name\": \"learned\", \"share\": 0.6"), "arms", 400);
        bad(GOOD.replace("\"learned\"", "\"magic\""), "arms", 400);
        bad(GOOD.replace("\"learned\"", "\"formula\""), "arms", 400);
        bad(GOOD.replace("2026-07-01T00:00:00Z", "2026-05-01T00:00:00Z"), "end", 400);
        bad(GOOD.replace("2026-07-01T00:00:00Z", "2026-06-01T00:00:00Z"), "end", 400);
        bad(GOOD.replace("rank-1", "Rank 1; DROP"), "name", 400);
        bad(GOOD.replace("\"RANKER\"", "\"NOTE_TONE\""), "arms", 400);
        bad(GOOD.replace("\"share\": 0.5}, {", "\"share\": -0.5}, {"), "arms[0].share", 400);
        bad(GOOD.replace(", {\"name\": \"learned\", \"share\": 0.5}", "").replace("0.5", "1.0"), "arms", 400);
        define(Role.ADMIN, "{\"name\": ").andExpect(status().isBadRequest());
        assertThat(stored()).isZero();

        define(Role.ADMIN, GOOD).andExpect(status().isCreated());
        bad(GOOD, "name", 409);
        // Another ranker experiment overlapping the first one's window.
        bad(GOOD.replace("rank-1", "rank-2").replace("2026-06-01T00", "2026-06-15T00"), "start", 409);
        assertThat(stored()).isOne();
        // A tone experiment at the same time is fine: one of each kind may run.
        define(Role.ADMIN, GOOD.replace("rank-1", "tone-1").replace("\"RANKER\"", "\"NOTE_TONE\"")
                .replace("formula", "brief").replace("learned", "friendly")).andExpect(status().isCreated());
        assertThat(stored()).isEqualTo(2);
    }

    private void bad(String body, String field, int status) throws Exception {
        define(Role.ADMIN, body).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
