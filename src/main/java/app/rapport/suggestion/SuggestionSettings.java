package app.rapport.suggestion;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Suggestion settings (prefix {@code rapport.suggestions}). The default weights were chosen with the
 * {@code evaluate} command (README, "Suggestions").
 *
 * @param weights        how much each kind of evidence counts
 * @param maxExpansion   neighbours of one mutual connection expanded per request; a hub with more is
 *                       sampled with a fixed stride (its contribution scaled up), which bounds p99
 * @param maxPostings    members of one interest or organisation scanned to find candidates without a
 *                       connection path; larger (common) ones still score candidates found otherwise
 * @param resyncInterval how often the in-memory graph is rebuilt from Neo4j
 * @param warmOnStart    build the in-memory graph as soon as the service is up
 */
@Validated
@ConfigurationProperties("rapport.suggestions")
public record SuggestionSettings(
        @Valid @NotNull @DefaultValue Weights weights,
        @Min(10) @Max(10_000_000) @DefaultValue("4000") int maxExpansion,
        @Min(1) @Max(10_000_000) @DefaultValue("2000") int maxPostings,
        @NotNull @DefaultValue("10m") Duration resyncInterval,
        @DefaultValue("true") boolean warmOnStart) {

    /**
     * Score = mutual × Σ 1/ln(degree of each mutual connection) (Adamic-Adar)
     * + interests × cosine of the two members' idf-weighted interest vectors (0..1)
     * + company/school/city when shared
     * + degree × ln(1 + the candidate's connection count) (well-connected members accept more often).
     *
     * @param mutual    weight of the Adamic-Adar sum over mutual connections
     * @param interests weight of the interest similarity (cosine of idf-weighted interest vectors)
     * @param company   added when the two share an employer
     * @param school    added when the two share a school
     * @param city      added when the two live in the same place
     * @param degree    weight of ln(1 + the candidate's number of connections)
     */
    public record Weights(
            @DecimalMin("0") @DefaultValue("1.0") double mutual,
            @DecimalMin("0") @DefaultValue("0.5") double interests,
            @DecimalMin("0") @DefaultValue("0.05") double company,
            @DecimalMin("0") @DefaultValue("1.0") double school,
            @DecimalMin("0") @DefaultValue("0.25") double city,
            @DecimalMin("0") @DefaultValue("0.05") double degree) {
    }
}
