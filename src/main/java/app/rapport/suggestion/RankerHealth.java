package app.rapport.suggestion;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code /actuator/health} component {@code ranker} (details for ADMIN) and its Prometheus figures: which ranker
 * serves, the promoted model's version, when it was trained and its validation Recall@10 beside the formula's
 * on the same members, and the last training (running, its outcome, a failure). Always UP: at worst the
 * formula serves. Gauges: {@code rapport.ranker.model.version} (0 = the formula serves),
 * {@code rapport.ranker.model.trained} (epoch seconds, 0 = never), {@code rapport.ranker.validation.recall}
 * tagged {@code ranker=model|formula}, {@code rapport.ranker.training.running}.
 */
@Component("ranker")
class RankerHealth implements HealthIndicator, MeterBinder {

    private final Rankers rankers;
    private final RankerTraining training;

    RankerHealth(Rankers rankers, RankerTraining training) {
        this.rankers = rankers;
        this.training = training;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up().withDetail("serving", rankers.served().name());
        rankers.promoted().ifPresent(r -> health.withDetail("model", java.util.Map.of("version", r.version(), "kind", r.kind(),
                "trainedAt", r.trainedAt().toString(), "validationRecallAt10", r.recall(),
                "formulaValidationRecallAt10", r.formulaRecall())));
        RankerTraining.Status s = training.status();
        health.withDetail("trainingRunning", s.running());
        if (s.last() != null) {
            TrainingReport r = s.last();
            health.withDetail("lastTraining", java.util.Map.of("version", r.version(), "trainedAt", r.trainedAt().toString(),
                    "promoted", r.promoted(), "recalls", r.recalls()));
        }
        if (s.lastFailure() != null) {
            health.withDetail("lastFailure", s.lastFailure());
        }
        return health.build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("rapport.ranker.model.version", rankers, r -> r.promoted().map(TrainingReport::version).orElse(0))
                .description("Version of the promoted ranking model (0: the formula serves)").register(registry);
        Gauge.builder("rapport.ranker.model.trained", rankers,
                        r -> r.promoted().map(p -> (double) p.trainedAt().getEpochSecond()).orElse(0.0))
                .description("When the promoted model was trained (epoch seconds, 0: never)").baseUnit("seconds").register(registry);
        Gauge.builder("rapport.ranker.validation.recall", rankers, r -> r.promoted().map(TrainingReport::recall).orElse(Double.NaN))
                .description("Validation Recall@10 of the promoted model").tag("ranker", "model").register(registry);
        Gauge.builder("rapport.ranker.validation.recall", training, t -> formulaRecall(t, rankers))
                .description("Validation Recall@10 of the formula on the same members").tag("ranker", "formula").register(registry);
        Gauge.builder("rapport.ranker.training.running", training, t -> t.status().running() ? 1 : 0)
                .description("1 while a ranker training runs").register(registry);
    }

    /** The formula's figure beside the promoted model's, or from the last training when none is promoted. */
    private static double formulaRecall(RankerTraining t, Rankers rankers) {
        return rankers.promoted().map(TrainingReport::formulaRecall)
                .or(() -> java.util.Optional.ofNullable(t.status().last()).map(TrainingReport::formulaRecall)).orElse(Double.NaN);
    }
}
