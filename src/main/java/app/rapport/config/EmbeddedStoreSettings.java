package app.rapport.config;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the embedded Neo4j store (prefix {@code rapport.neo4j}).
 *
 * @param txLogRetention transaction logs kept beyond what crash recovery needs, in Neo4j's
 *                       {@code db.tx_log.rotation.retention_policy} syntax ({@code 128M size}, {@code 2 days},
 *                       {@code 10 files}, {@code keep_none}, {@code keep_all})
 * @param minReplanInterval how often Cypher may replan a query whose statistics changed
 *                          ({@code dbms.cypher.min_replan_interval}); see {@link EmbeddedNeo4j#DEFAULT_MIN_REPLAN_INTERVAL}
 */
@Validated
@ConfigurationProperties("rapport.neo4j")
public record EmbeddedStoreSettings(@NotBlank @DefaultValue(EmbeddedNeo4j.DEFAULT_TX_LOG_RETENTION) String txLogRetention,
        @NotNull @DefaultValue(EmbeddedNeo4j.DEFAULT_MIN_REPLAN_INTERVAL) Duration minReplanInterval) {

    public EmbeddedStoreSettings {
        // Bound by from() too, where no validator runs: a negative interval would only fail deep in Neo4j's start.
        if (minReplanInterval != null && minReplanInterval.isNegative()) {
            throw new IllegalArgumentException("rapport.neo4j.min-replan-interval must not be negative: " + minReplanInterval);
        }
    }

    /** The same settings read from an environment with no context around it (commands that start Neo4j themselves). */
    public static EmbeddedStoreSettings from(Environment environment) {
        return Binder.get(environment).bindOrCreate("rapport.neo4j", EmbeddedStoreSettings.class);
    }

    /** The defaults, for stores of one's own (tests, benchmarks). */
    public static EmbeddedStoreSettings defaults() {
        return new EmbeddedStoreSettings(EmbeddedNeo4j.DEFAULT_TX_LOG_RETENTION, EmbeddedNeo4j.defaultMinReplanInterval());
    }
}
