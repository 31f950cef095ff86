package app.rapport.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * The operator's view: what real API calls leave on {@code /actuator/prometheus} (suggestion latency,
 * invitations by outcome, request latency by endpoint) and what {@code /actuator/health} shows to whom. The
 * registry lives as long as the shared context, so every check compares a series before and after.
 */
class ObservabilityTest extends IntegrationTest {


    @Autowired
    io.micrometer.observation.ObservationRegistry observations;

    /** Spring Security's per-request observations are off (a fifth of a profile GET's CPU); HTTP timing stays. */
    @Test
    void securityIsNotObservedPerRequestButHttpIs() {
        io.micrometer.observation.Observation security = io.micrometer.observation.Observation.start("spring.security.filterchains", observations);
        io.micrometer.observation.Observation http = io.micrometer.observation.Observation.start("http.server.requests", observations);
        assertThat(security.isNoop()).isTrue();
        assertThat(http.isNoop()).isFalse();
        security.stop();
        http.stop();
    }

    @Test
    void suggestionLatencyIsTimedByOutcome() throws Exception {
        members("a", "b", "c");
        connect("a", "b");
        connect("b", "c");
        graphs.reload();
        String before = prometheus();

        mvc.perform(get("/api/members/a/suggestions").header(HttpHeaders.AUTHORIZATION, bearer("a"))).andExpect(status().isOk());
        mvc.perform(get("/api/members/a/suggestions").header(HttpHeaders.AUTHORIZATION, bearer("a"))).andExpect(status().isOk());
        mvc.perform(get("/api/members/ghost/suggestions").header(HttpHeaders.AUTHORIZATION, bearer("ghost")))
                .andExpect(status().isNotFound());

        String after = prometheus();
        assertThat(delta(before, after, "rapport_suggestions_seconds_count", Map.of("outcome", "served"))).isEqualTo(2);
        assertThat(delta(before, after, "rapport_suggestions_seconds_count", Map.of("outcome", "member_not_found"))).isEqualTo(1);
        assertThat(delta(before, after, "rapport_suggestions_seconds_sum", Map.of("outcome", "served"))).isPositive();
        // A histogram, so p50/p99 can be computed across instances (histogram_quantile).
        assertThat(after).contains("rapport_suggestions_seconds_bucket{");
        assertThat(delta(before, after, "http_server_requests_seconds_count",
                Map.of("uri", "/api/members/{id}/suggestions", "status", "200", "method", "GET"))).isEqualTo(2);
        assertThat(after).contains("http_server_requests_seconds_bucket{");
    }

    @Test
    void invitationsAreCountedByActionAndOutcome() throws Exception {
        members("a", "b", "c", "d");
        String before = prometheus();

        String ab = invite("a", "b");
        String ac = invite("a", "c");
        String ad = invite("a", "d");
        answer("b", ab, "accept").andExpect(status().isOk());
        answer("c", ac, "ignore").andExpect(status().isOk());
        answer("a", ad, "withdraw").andExpect(status().isOk());
        send("a", "c").andExpect(status().isConflict());                // ignored: to its sender it is still pending
        send("a", "d").andExpect(status().isUnprocessableEntity());    // withdrawn: cool-down
        send("a", "b").andExpect(status().isConflict());                // already connected
        answer("c", ab, "accept").andExpect(status().isForbidden());    // not the recipient

        String after = prometheus();
        assertThat(delta(before, after, "rapport_invitations_total", Map.of("action", "send", "outcome", "sent"))).isEqualTo(3);
        assertThat(delta(before, after, "rapport_invitations_total", Map.of("action", "accept", "outcome", "accepted"))).isEqualTo(1);
        assertThat(delta(before, after, "rapport_invitations_total", Map.of("action", "ignore", "outcome", "ignored"))).isEqualTo(1);
        assertThat(delta(before, after, "rapport_invitations_total", Map.of("action", "withdraw", "outcome", "withdrawn"))).isEqualTo(1);
        assertThat(delta(before, after, "rapport_invitations_total",
                Map.of("action", "send", "outcome", "refused", "reason", "NOT_POSSIBLE"))).isEqualTo(1);
        assertThat(delta(before, after, "rapport_invitations_total",
                Map.of("action", "send", "outcome", "refused", "reason", "ALREADY_PENDING"))).isEqualTo(1);
        assertThat(delta(before, after, "rapport_invitations_total",
                Map.of("action", "send", "outcome", "refused", "reason", "ALREADY_CONNECTED"))).isEqualTo(1);
        assertThat(delta(before, after, "rapport_invitations_total",
                Map.of("action", "accept", "outcome", "refused", "reason", "NOT_YOURS"))).isEqualTo(1);
    }

    @Test
    void metricsAreForAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, bearer("m", Role.MEMBER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, bearer("ana", Role.ANALYST)))
                .andExpect(status().isForbidden());
    }

    @Test
    void healthShowsComponentsToEveryoneAndDetailsToAdmins() throws Exception {
        members("a", "b");
        connect("a", "b");
        graphs.reload();

        String anonymous = mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(anonymous, "$.status")).isEqualTo("UP");
        assertThat((Map<String, Object>) JsonPath.read(anonymous, "$.components")).containsKeys("neo4j", "suggestionGraph", "diskSpace");
        assertThat(anonymous).doesNotContain("details", "connections", "edition");

        String admin = mvc.perform(get("/actuator/health").header(HttpHeaders.AUTHORIZATION, bearer("root", Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(admin, "$.components.suggestionGraph.status")).isEqualTo("UP");
        assertThat((Integer) JsonPath.read(admin, "$.components.suggestionGraph.details.members")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(admin, "$.components.suggestionGraph.details.connections")).isEqualTo(1);
        assertThat((Boolean) JsonPath.read(admin, "$.components.suggestionGraph.details.overdue")).isFalse();
        assertThat((String) JsonPath.read(admin, "$.components.neo4j.details.edition")).isNotBlank();
        assertThat((String) JsonPath.read(admin, "$.components.diskSpace.details.path")).isNotBlank();

        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    // --- helpers -------------------------------------------------------------------------------------

    private String prometheus() throws Exception {
        return mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, bearer("root", Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** How much the sum of the series named {@code name} whose labels include {@code labels} grew. */
    private static double delta(String before, String after, String name, Map<String, String> labels) {
        return sum(after, name, labels) - sum(before, name, labels);
    }

    private static double sum(String exposition, String name, Map<String, String> labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "\\{(.*)\\} (\\S+)$", Pattern.MULTILINE);
        double total = 0;
        Matcher m = line.matcher(exposition);
        while (m.find()) {
            String tags = m.group(1);
            if (labels.entrySet().stream().allMatch(e -> tags.contains(e.getKey() + "=\"" + e.getValue() + "\""))) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }

    private org.springframework.test.web.servlet.ResultActions send(String from, String to) throws Exception {
        return mvc.perform(post("/api/invitations").header(HttpHeaders.AUTHORIZATION, bearer(from))
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"" + to + "\", \"source\": \"PROFILE\"}"));
    }

    private String invite(String from, String to) throws Exception {
        return JsonPath.read(send(from, to).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private org.springframework.test.web.servlet.ResultActions answer(String member, String invitationId, String action)
            throws Exception {
        return mvc.perform(post("/api/invitations/" + invitationId + "/" + action).header(HttpHeaders.AUTHORIZATION, bearer(member)));
    }
}
