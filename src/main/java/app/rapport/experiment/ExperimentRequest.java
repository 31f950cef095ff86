package app.rapport.experiment;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/experiments}. The rules that span fields (known arm names for the kind, shares
 * adding up to 1, end after start, unique arms) are checked by {@link Experiments#define}.
 *
 * @param name  lower-case letters, digits and dashes, so it can be part of an {@code experiment=arm} label
 * @param kind  RANKER or NOTE_TONE
 * @param arms  two or more arms with their share of the members
 * @param start when members start being served by their arm (ISO-8601 instant)
 * @param end   when it stops (exclusive)
 */
public record ExperimentRequest(
        @NotNull @Pattern(regexp = ExperimentRequest.NAME, message = "lower-case letters, digits and '-', 1 to 60, starting with a letter or digit") String name,
        @NotNull ExperimentKind kind,
        @NotNull @Size(min = 2, max = 10) List<@NotNull @Valid ArmShare> arms,
        @NotNull Instant start,
        @NotNull Instant end) {

    static final String NAME = "[a-z0-9][a-z0-9-]{0,59}";

    /** One arm of the request. */
    public record ArmShare(@NotNull String name, @NotNull @DecimalMin("0.0") @DecimalMax("1.0") Double share) {
    }
}
