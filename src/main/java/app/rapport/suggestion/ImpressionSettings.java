package app.rapport.suggestion;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How impressions are written behind (prefix {@code rapport.suggestions.impressions}, {@link ImpressionWriter}).
 *
 * @param flushInterval  the longest an impression waits in memory before its write while writing keeps up (and
 *                       what a {@code kill -9} can lose at most); under overload the writer rests longer
 *                       ({@link ImpressionWriter#YIELD} times its last write)
 * @param batchRows      most records (member, candidate, day, each summing its views) per write transaction; as many
 *                       pending start a write early
 * @param queueCapacity  records (member, candidate, day) waiting at most, each summing its views as they arrive;
 *                       when full, a view of a pair not already pending is dropped and counted, never waited for
 * @param memoryWindow   the in-memory counts ({@link ImpressionCounts}) hold the views of this many days back: each
 *                       full rebuild loads only those (discounting has long faded by then: e^-6 ≈ 0.25 % of its
 *                       strength after 90 days at the default 14-day recovery)
 * @param memoryMaxPairs (member, candidate) pairs counted in memory at most; between rebuilds a pair beyond it is
 *                       not counted in memory (still written, so the next rebuild loads it if the window allows)
 */
@Validated
@ConfigurationProperties("rapport.suggestions.impressions")
public record ImpressionSettings(
        @NotNull @DefaultValue("250ms") Duration flushInterval,
        @Min(1) @Max(1_000_000) @DefaultValue("5000") int batchRows,
        @Min(1) @Max(100_000_000) @DefaultValue("500000") int queueCapacity,
        @NotNull @DefaultValue("90d") Duration memoryWindow,
        @Min(1) @DefaultValue("5000000") int memoryMaxPairs) {
}
