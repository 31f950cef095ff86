package app.rapport.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;

import app.rapport.experiment.Experiment;
import app.rapport.experiment.ExperimentKind;
import app.rapport.security.Role;
import app.rapport.suggestion.ranking.LinearModel;
import app.rapport.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A running RANKER experiment: the one suggestion path serves each member with their arm's ranker and records
 * the arm on the impressions and on the invitation sent from the list; a {@code learned} arm without a promoted
 * model is served by the formula and counted.
 */
class ExperimentServingTest extends IntegrationTest {

    private static final String NAME = "rank-serving";

    @Autowired
    Rankers rankers;

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void formulaAgain() {
        rankers.withdraw();
    }

    @Test
    void eachArmIsServedByItsRankerAndRecordedOnImpressionsAndInvitations() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add("m" + i);
        }
        members(ids.toArray(String[]::new));
        // A ring with chords: everyone has friends of friends to be suggested.
        for (int i = 0; i < 30; i++) {
            connect("m" + i, "m" + ((i + 1) % 30));
            connect("m" + i, "m" + ((i + 7) % 30));
        }
        graphs.reload();
        Instant now = clock.instant();
        mvc.perform(post("/api/experiments").header(HttpHeaders.AUTHORIZATION, bearer("op", Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "%s", "kind": "RANKER", "arms": [{"name": "formula", "share": 0.5}, {"name": "learned", "share": 0.5}],
                         "start": "%s", "end": "%s"}""".formatted(NAME, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)))))
                .andExpect(status().isCreated());
        Experiment e = experiments.named(NAME).orElseThrow();
        String formulaMember = ids.stream().filter(m -> e.assign(m).arm().equals("formula")).findFirst().orElseThrow();
        String learnedMember = ids.stream().filter(m -> e.assign(m).arm().equals("learned")).findFirst().orElseThrow();

        // No promoted model: the learned arm is served by the formula, says so, and is counted.
        double before = meters.counter("rapport.experiments.learned.fallback").count();
        suggestionsOf(learnedMember).andExpect(jsonPath("$.suggestions[0].ranker").value("formula"));
        assertThat(meters.counter("rapport.experiments.learned.fallback").count()).isEqualTo(before + 1);

        rankers.promote(model(), report());
        suggestionsOf(learnedMember).andExpect(jsonPath("$.suggestions[0].ranker").value("learned-v9"));
        String shown = JsonPath.read(suggestionsOf(formulaMember).andExpect(jsonPath("$.suggestions[0].ranker").value("formula"))
                .andReturn().getResponse().getContentAsString(), "$.suggestions[0].memberId");
        assertThat(meters.counter("rapport.experiments.learned.fallback").count()).isEqualTo(before + 1);

        suggestions.flushImpressions();
        assertThat(count("MATCH (s:SuggestionShown {member: $m, experiment: $e, arm: 'learned'}) RETURN count(s)",
                Map.of("m", learnedMember, "e", NAME))).isPositive();
        assertThat(count("MATCH (s:SuggestionShown {member: $m}) WHERE s.experiment <> $e OR s.arm <> 'formula' RETURN count(s)",
                Map.of("m", formulaMember, "e", NAME))).isZero();
        assertThat(count("MATCH (s:SuggestionShown {member: $m, experiment: $e, arm: 'formula'}) RETURN count(s)",
                Map.of("m", formulaMember, "e", NAME))).isPositive();

        mvc.perform(post("/api/invitations").header(HttpHeaders.AUTHORIZATION, bearer(formulaMember))
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"" + shown + "\", \"source\": \"SUGGESTION\"}"))
                .andExpect(status().isCreated());
        assertThat(count("MATCH (:Member {id: $m})-[:SENT]->(i:Invitation) WHERE i.experimentArms = [$label] RETURN count(i)",
                Map.of("m", formulaMember, "label", NAME + "=formula"))).isOne();
        assertThat(experiments.arm(ExperimentKind.RANKER, formulaMember).orElseThrow().arm()).isEqualTo("formula");

        // After the end, nobody is in an arm: the default ranker serves and nothing is recorded.
        clock.advance(Duration.ofDays(31));
        suggestionsOf(learnedMember).andExpect(jsonPath("$.suggestions[0].ranker").value("learned-v9"));
        assertThat(experiments.arm(ExperimentKind.RANKER, learnedMember)).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions suggestionsOf(String member) throws Exception {
        return mvc.perform(get("/api/members/" + member + "/suggestions?limit=5").header(HttpHeaders.AUTHORIZATION, bearer(member)))
                .andExpect(status().isOk());
    }

    private static LinearModel model() {
        double[] sd = new double[Features.COUNT];
        double[] w = new double[Features.COUNT];
        java.util.Arrays.fill(sd, 1);
        w[Features.NAMES.indexOf("cn")] = 1;
        return new LinearModel(Features.NAMES, new double[Features.COUNT], sd, w, 0);
    }

    private TrainingReport report() {
        return new TrainingReport(9, clock.instant(), true, "linear", 0.5, 0.4, Map.of(), 10, 1, false, 10, 100, 0, 0, 30, 60, 1.0,
                List.of());
    }
}
