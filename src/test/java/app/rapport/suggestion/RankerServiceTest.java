package app.rapport.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * With a model promoted: health (ADMIN details) names its version, kind, training time, validation Recall@10 and
     * the formula's; Prometheus shows the same figures; the API serves it under its name, and every suggestion's
     * parts, as the JSON gives them, add up to its score.
     */
    @Test
    void aPromotedModelShowsOnHealthAndPrometheusAndServesWithPartsThatAddUp() throws Exception {
        members("a", "b", "c", "d", "e", "f", "g");
        connect("a", "b");
        connect("a", "c");
        connect("b", "d");
        connect("c", "d");
        connect("b", "e");
        connect("c", "f");
        connect("e", "g");
        graphs.reload();
        Instant trainedAt = Instant.parse("2026-11-29T03:00:00Z");
        TrainingReport report = new TrainingReport(7, trainedAt, true, "linear", 0.25, 0.125, Map.of("formula", 0.125, "linear", 0.25),
                10, 1, false, 10, 100, 0, 0, 7, 7, 1.0, List.of());
        rankers.promote(RankingFixtures.madeUpLinear(), report);
        try {
            String admin = mvc.perform(get("/actuator/health").header(HttpHeaders.AUTHORIZATION, bearer("root", Role.ADMIN)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat((String) JsonPath.read(admin, "$.components.ranker.details.serving")).isEqualTo("learned-v7");
            assertThat((Integer) JsonPath.read(admin, "$.components.ranker.details.model.version")).isEqualTo(7);
            assertThat((String) JsonPath.read(admin, "$.components.ranker.details.model.kind")).isEqualTo("linear");
            assertThat((String) JsonPath.read(admin, "$.components.ranker.details.model.trainedAt")).isEqualTo(trainedAt.toString());
            assertThat((Double) JsonPath.read(admin, "$.components.ranker.details.model.validationRecallAt10")).isEqualTo(0.25);
            assertThat((Double) JsonPath.read(admin, "$.components.ranker.details.model.formulaValidationRecallAt10")).isEqualTo(0.125);
            String anonymous = mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(anonymous).doesNotContain("validationRecallAt10").doesNotContain("learned-v7");

            String prometheus = mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, bearer("root", Role.ADMIN)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(metric(prometheus, "rapport_ranker_model_version", "")).isEqualTo(7);
            assertThat(metric(prometheus, "rapport_ranker_model_trained_seconds", "")).isEqualTo(trainedAt.getEpochSecond());
            assertThat(metric(prometheus, "rapport_ranker_validation_recall", "ranker=\"model\"")).isEqualTo(0.25);
            assertThat(metric(prometheus, "rapport_ranker_validation_recall", "ranker=\"formula\"")).isEqualTo(0.125);

            String body = mvc.perform(get("/api/members/a/suggestions?limit=10").header(HttpHeaders.AUTHORIZATION, bearer("a")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<Map<String, Object>> listed = JsonPath.read(body, "$.suggestions");
            assertThat(listed).hasSizeGreaterThanOrEqualTo(3);
            for (Map<String, Object> suggestion : listed) {
                assertThat(suggestion.get("ranker")).isEqualTo("learned-v7");
                @SuppressWarnings("unchecked")
                Map<String, Object> parts = (Map<String, Object>) suggestion.get("parts");
                assertThat(parts).hasSize(11);
                double sum = parts.values().stream().mapToDouble(v -> ((Number) v).doubleValue()).sum();
                // As a client reads them: each part and the score are rounded to 6 decimals, and still add up.
                assertThat(sum).as(suggestion.toString()).isCloseTo(((Number) suggestion.get("score")).doubleValue(),
                        org.assertj.core.data.Offset.offset(1e-9));
            }
        } finally {
            rankers.withdraw();
        }
    }

    /** The value of a Prometheus sample: {@code name} with {@code labels} (a regex inside the braces; "" for any). */
    private static double metric(String prometheus, String name, String labels) {
        String tags = labels.isEmpty() ? "(?:\\{[^}]*\\})?" : "\\{[^}]*" + labels + "[^}]*\\}";
        Matcher m = Pattern.compile("(?m)^" + name + tags + " (\\S+)$").matcher(prometheus);
        assertThat(m.find()).as(name + " " + labels).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
