package app.rapport.security;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Per-member rate limits on the expensive endpoints (prefix {@code rapport.rate-limits}): each member may make
 * so many calls of a kind per {@code period}; one more is answered 429 with {@code Retry-After}. Generous by default,
 * so a person (or a load test spreading over many members) never meets them; a single token hammering one endpoint
 * does. {@code enabled=false} lifts them (e.g. for a benchmark that drives one member flat out).
 *
 * @param enabled     off = no limits
 * @param period      the window in which each count of calls is allowed
 * @param suggestions {@code GET …/suggestions} and dismissals
 * @param drafts      {@code GET …/note-drafts} and {@code …/welcome-draft}
 * @param reach       {@code GET …/reach} (API and dashboard)
 * @param invitations {@code POST /api/invitations} and its answers
 */
@Validated
@ConfigurationProperties("rapport.rate-limits")
public record RateLimitSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10s") Duration period,
        @Min(1) @Max(1_000_000) @DefaultValue("100") int suggestions,
        @Min(1) @Max(1_000_000) @DefaultValue("100") int drafts,
        @Min(1) @Max(1_000_000) @DefaultValue("20") int reach,
        @Min(1) @Max(1_000_000) @DefaultValue("100") int invitations) {
}
