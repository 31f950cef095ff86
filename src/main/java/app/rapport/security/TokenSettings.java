package app.rapport.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bearer tokens (prefix {@code rapport.tokens}).
 *
 * @param memberMaxHours        the longest validity {@code token --hours} gives a MEMBER token: a leaked token is
 *                              not good for long
 * @param privilegedMaxHours    the same for ANALYST and ADMIN tokens
 * @param rolesClaim            the claim that holds the roles (an external identity provider may call it otherwise,
 *                              e.g. {@code groups}); a list of strings or one space- or comma-separated string
 * @param missingRolesMeanMember a token without roles is refused (401) unless this is true; then it is a MEMBER's
 */
@Validated
@ConfigurationProperties("rapport.tokens")
public record TokenSettings(
        @Min(1) @Max(8760) @DefaultValue("24") int memberMaxHours,
        @Min(1) @Max(8760) @DefaultValue("12") int privilegedMaxHours,
        @NotBlank @DefaultValue("roles") String rolesClaim,
        @DefaultValue("false") boolean missingRolesMeanMember) {

    /** The longest validity a token with this role may be issued for, in hours. */
    public int maxHours(Role role) {
        return role == Role.MEMBER ? memberMaxHours : privilegedMaxHours;
    }
}
