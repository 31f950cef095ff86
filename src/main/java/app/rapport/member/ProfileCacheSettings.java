package app.rapport.member;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Profiles kept in memory for {@code GET /api/members/{id}} (prefix {@code rapport.members.profile-cache},
 * {@link ProfileCache}).
 *
 * @param maximumSize profiles kept at most (least recently used go first); 0 turns the cache off
 * @param timeToLive  the longest a kept profile is served without reading Neo4j again: the bound on staleness for
 *                    writes no change record announces (a bulk import, a hand-made Cypher edit)
 */
@Validated
@ConfigurationProperties("rapport.members.profile-cache")
public record ProfileCacheSettings(
        @Min(0) @Max(10_000_000) @DefaultValue("200000") long maximumSize,
        @NotNull @DefaultValue("1m") Duration timeToLive) {
}
