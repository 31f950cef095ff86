package app.rapport.experiment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Experiments (prefix {@code rapport.experiments}).
 *
 * @param refreshInterval how often an instance re-reads the experiments from Neo4j, so one defined on another
 *                        instance serves here too (this instance's own definitions apply at once)
 */
@Validated
@ConfigurationProperties("rapport.experiments")
public record ExperimentSettings(@NotNull @DefaultValue("30s") Duration refreshInterval) {
}
