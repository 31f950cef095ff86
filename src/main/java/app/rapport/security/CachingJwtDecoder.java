package app.rapport.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Remembers tokens already decoded and verified, so a client sending the same token on every call pays the RSA
 * signature check once (README, "Where a request's time goes"). Only valid tokens are kept, each until it
 * expires; a token is immutable and its signature cannot change, so a hit needs no further check than time.
 */
final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Cache<String, Jwt> verified;

    CachingJwtDecoder(JwtDecoder delegate, long maximumSize) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize)
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> untilExpiry(jwt))).build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.getIfPresent(token);
        if (jwt != null && jwt.getExpiresAt() != null && Instant.now().isBefore(jwt.getExpiresAt())) {
            return jwt;
        }
        jwt = delegate.decode(token);   // throws for anything invalid, which is never cached
        if (jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    private static Duration untilExpiry(Jwt jwt) {
        Duration left = Duration.between(Instant.now(), jwt.getExpiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }
}
