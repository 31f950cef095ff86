package app.rapport.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;

import app.rapport.security.Role;
import app.rapport.support.IntegrationTest;

/**
 * Training inside the running service on the real database: the outcomes query finds an accepted invitation
 * sent from a suggestion and a dismissal, a graph with nothing to learn from promotes nothing (so the formula
 * keeps serving this shared test context), and the health endpoint and Prometheus show the training.
 */
class RankerServiceTest extends IntegrationTest {

    @Autowired
    RankerTraining training;

    @Autowired
    Rankers rankers;

    @Autowired
    MemberGraphStore graphs;

    @Test
    void aTrainingShowsOnHealthAndPrometheusAndCountsOutcomes() throws Exception {
        members("a", "b", "c", "d", "e", "f");
        // A star and a pair: no connection can be hidden without leaving someone without any.
        connect("a", "b");
        connect("a", "c");
        connect("a", "d");
        String sent = mvc.perform(post("/api/invitations").header(HttpHeaders.AUTHORIZATION, bearer("e"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"f\", \"source\": \"SUGGESTION\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/invitations/" + JsonPath.read(sent, "$.id") + "/accept").header(HttpHeaders.AUTHORIZATION, bearer("f")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/members/b/suggestions/c/dismiss").header(HttpHeaders.AUTHORIZATION, bearer("b")))
                .andExpect(status().is2xxSuccessful());
        graphs.reload();

        TrainingReport report = training.train(1, RankerTraining.Progress.NONE);

        assertThat(report.outcomePositives()).isEqualTo(1);
        // Below rapport.ranking.outcomes.min-positives: outcomes do not join training yet.
        assertThat(report.outcomeGroups()).isZero();
        assertThat(report.groups()).isZero();
        assertThat(report.promoted()).isFalse();
        assertThat(report.notes()).anyMatch(n -> n.contains("nothing to learn from"));
        assertThat(rankers.served()).isSameAs(rankers.formula());

        String anonymous = mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Map<String, Object>) JsonPath.read(anonymous, "$.components")).containsKey("ranker");
        assertThat(anonymous).doesNotContain("lastTraining");
        String admin = mvc.perform(get("/actuator/health").header(HttpHeaders.AUTHORIZATION, bearer("root", Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(admin, "$.components.ranker.status")).isEqualTo("UP");
        assertThat((String) JsonPath.read(admin, "$.components.ranker.details.serving")).isEqualTo("formula");
        assertThat((Integer) JsonPath.read(admin, "$.components.ranker.details.lastTraining.version")).isEqualTo(report.version());
        assertThat((Boolean) JsonPath.read(admin, "$.components.ranker.details.lastTraining.promoted")).isFalse();

        String prometheus = mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, bearer("root", Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(prometheus).containsPattern("(?m)^rapport_ranker_model_version(\\{[^}]*\\})? 0\\.0$");
        assertThat(prometheus).containsPattern("(?m)^rapport_ranker_training_running(\\{[^}]*\\})? 0\\.0$");
        assertThat(prometheus).contains("rapport_ranker_validation_recall{ranker=\"formula\"");
        assertThat(prometheus).contains("rapport_ranker_model_trained_seconds");
    }
}
