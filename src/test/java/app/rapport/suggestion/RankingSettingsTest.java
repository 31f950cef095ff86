package app.rapport.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The ranking settings as the service binds them: defaults, and a start that stops on a negative interval. */
class RankingSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RankingSettings.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void zeroMeansNeverAndIsAccepted() {
        runner.withPropertyValues("rapport.ranking.retrain-interval=0").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(RankingSettings.class).retrainInterval()).isZero();
        });
    }

    @Test
    void aNegativeIntervalStopsTheStartAndSaysWhich() {
        runner.withPropertyValues("rapport.ranking.retrain-interval=-1h").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("rapport.ranking.retrain-interval must be 0 (never) or positive"));
        runner.withPropertyValues("rapport.ranking.first-training-delay=-5s").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("rapport.ranking.first-training-delay must not be negative"));
    }
}
