package app.rapport.suggestion;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code suggestionGraph} (also in the readiness group): the size and age
 * of the in-memory graph the suggestions rank over. OUT_OF_SERVICE while the first graph is being built (a
 * large graph takes a while; a load balancer should not send requests that would wait for it), DOWN when
 * there is no graph and the last build failed; a failed background rebuild leaves the previous graph
 * serving, so it stays UP and says so.
 */
@Component("suggestionGraph")
class SuggestionGraphHealth implements HealthIndicator {

    private final MemberGraphStore graphs;

    SuggestionGraphHealth(MemberGraphStore graphs) {
        this.graphs = graphs;
    }

    @Override
    public Health health() {
        MemberGraphStore.Status s = graphs.status();
        Health.Builder health = s.graph() != null ? Health.up()
                : s.building() ? Health.outOfService()
                : s.lastFailure() != null ? Health.down() : Health.unknown();
        if (s.graph() != null) {
            Duration age = Duration.between(s.loadedAt(), Instant.now());
            health.withDetail("members", s.graph().size())
                    .withDetail("connections", s.graph().connections())
                    .withDetail("builtAt", s.loadedAt().toString())
                    .withDetail("ageSeconds", age.toSeconds())
                    .withDetail("buildMillis", s.loadMillis())
                    .withDetail("builds", s.builds())
                    .withDetail("resyncIntervalSeconds", s.resyncInterval().toSeconds())
                    .withDetail("overdue", age.compareTo(s.resyncInterval().multipliedBy(3)) > 0);
        } else {
            health.withDetail("state", s.building() ? "first build in progress" : "not built yet (built on the first suggestion request)");
        }
        if (s.lastFailure() != null) {
            health.withDetail("lastFailure", s.lastFailure());
        }
        return health.build();
    }
}
