package app.rapport.analytics;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Analytics settings (prefix {@code rapport.analytics}).
 *
 * @param networkCacheTtl  how long a computed network report is reused (0 = never cached)
 * @param networkCacheSize how many windows' network reports are kept at most
 * @param reachCacheTtl    how long a member's computed reach is reused (0 = never cached); a member's own new or
 *                         removed connection drops theirs at once
 * @param reachMaxMembers  the most members one reach search visits: beyond it the counts are lower bounds
 *                         ({@code capped: true}), so a hub's 3-hop search cannot walk the whole graph
 */
@Validated
@ConfigurationProperties("rapport.analytics")
record AnalyticsSettings(
        @NotNull @DefaultValue("60s") Duration networkCacheTtl,
        @Min(1) @Max(1000) @DefaultValue("8") int networkCacheSize,
        @NotNull @DefaultValue("60s") Duration reachCacheTtl,
        @Min(1) @Max(10_000_000) @DefaultValue("20000") int reachMaxMembers) {
}
