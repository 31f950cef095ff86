package app.rapport.invitation;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Invitation rules (prefix {@code rapport.invitations}), applied by {@link PairPolicy} for invitations, the
 * relationship state and the suggestions' exclusions alike.
 *
 * @param withdrawCooldown how long after a withdrawal the same sender may not invite the same member
 * @param weeklyLimit      invitations one member may send in any 7 days
 */
@Validated
@ConfigurationProperties("rapport.invitations")
public record InvitationSettings(
        @NotNull @DefaultValue("21d") Duration withdrawCooldown,
        @Min(1) @Max(10_000) @DefaultValue("100") int weeklyLimit) {
}
