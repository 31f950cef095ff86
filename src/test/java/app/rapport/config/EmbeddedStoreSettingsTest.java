package app.rapport.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The embedded store's settings as commands bind them (no validator around): defaults and a refused value. */
class EmbeddedStoreSettingsTest {

    @Test
    void defaultsKeepPlansTenMinutes() {
        assertThat(EmbeddedStoreSettings.from(new MockEnvironment()).minReplanInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(EmbeddedStoreSettings.from(new MockEnvironment().withProperty("rapport.neo4j.min-replan-interval", "0s"))
                .minReplanInterval()).isZero();
    }

    @Test
    void aNegativeReplanIntervalIsRefusedByName() {
        MockEnvironment environment = new MockEnvironment().withProperty("rapport.neo4j.min-replan-interval", "-1s");
        assertThatThrownBy(() -> EmbeddedStoreSettings.from(environment))
                .hasStackTraceContaining("rapport.neo4j.min-replan-interval must not be negative");
    }
}
