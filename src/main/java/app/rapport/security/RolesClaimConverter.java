package app.rapport.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * {@code roles: ["MEMBER"]} (claim name from {@link TokenSettings#rolesClaim()}) becomes {@code ROLE_MEMBER}. A token
 * without roles is refused (401) rather than quietly taken as a member's, unless
 * {@code rapport.tokens.missing-roles-mean-member=true}: an identity provider that forgot the claim must not let every
 * one of its users in.
 */
final class RolesClaimConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final TokenSettings settings;

    RolesClaimConverter(TokenSettings settings) {
        this.settings = settings;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<String> roles = roles(jwt.getClaims().get(settings.rolesClaim()));
        if (roles.isEmpty()) {
            if (!settings.missingRolesMeanMember()) {
                throw new InvalidBearerTokenException("The token carries no roles (claim '" + settings.rolesClaim() + "')");
            }
            roles = List.of(Role.MEMBER.name());
        }
        return roles.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }

    private static List<String> roles(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (claim instanceof String text) {
            return Arrays.stream(text.split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
        }
        return List.of();
    }
}
