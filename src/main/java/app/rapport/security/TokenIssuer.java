package app.rapport.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Signs tokens with the local key: subject = member id, {@code roles} = MEMBER/ANALYST/ADMIN. */
public final class TokenIssuer {

    static final String ISSUER = "rapport-local";

    private final NimbusJwtEncoder encoder;
    private final Clock clock;

    public TokenIssuer(LocalSigningKey signingKey) {
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKey.key())));
        // Real time, not the domain clock: token expiry is checked against the wall clock.
        this.clock = Clock.systemUTC();
    }

    public String issue(String memberId, Collection<Role> roles, Duration validity) {
        return issue(memberId, roles, clock.instant(), validity);
    }

    /** A token issued at a given instant (tests use a past one to make an expired token). */
    public String issue(String memberId, Collection<Role> roles, Instant now, Duration validity) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(memberId)
                .id(UUID.randomUUID().toString())   // jti: lets a deployment log and deny-list one token
                .issuedAt(now)
                .expiresAt(now.plus(validity))
                .claim("roles", roles.stream().map(Role::name).toList())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    public String issue(String memberId, Role role) {
        return issue(memberId, List.of(role), Duration.ofHours(12));
    }
}
