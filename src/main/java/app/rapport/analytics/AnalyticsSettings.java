package app.rapport.analytics;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Analytics settings (prefix {@code rapport.analytics}).
 *
 * @param networkRefresh   how old a network report may get before the background recomputes it
 * @param networkRefreshChange the share of members or connections (added or removed, net) that makes the
 *                         background recompute the network reports before {@code networkRefresh}
 * @param networkCheckInterval how often the background checks ages and changes (two count-store lookups)
 * @param networkCacheSize how many windows' network reports are kept at most (least recently asked goes first)
 * @param reachCacheTtl    how long a member's computed reach is reused (0 = never cached); a member's own new or
 *                         removed connection drops theirs at once
 * @param reachMaxMembers  the most members one reach search visits: beyond it the counts are lower bounds
 *                         ({@code capped: true}), so a hub's 3-hop search cannot walk the whole graph
 * @param rollupInterval   the least time between two background rebuilds of the daily rollups the invitation
 *                         changes since the last one touched: they batch up meanwhile (so the figures lag the
 *                         invitations by about this plus one rebuild)
 */
@Validated
@ConfigurationProperties("rapport.analytics")
record AnalyticsSettings(
        @NotNull @DefaultValue("10m") Duration networkRefresh,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.01") double networkRefreshChange,
        @NotNull @DefaultValue("15s") Duration networkCheckInterval,
        @Min(1) @Max(1000) @DefaultValue("8") int networkCacheSize,
        @NotNull @DefaultValue("60s") Duration reachCacheTtl,
        @Min(1) @Max(10_000_000) @DefaultValue("20000") int reachMaxMembers,
        @NotNull @DefaultValue("1s") Duration rollupInterval) {
}
