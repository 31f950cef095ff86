package app.rapport.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Puts whichever {@link JwtDecoder} the context makes behind {@link CachingJwtDecoder}: the local key's, or the
 * external identity provider's that Spring Boot builds from {@code spring.security.oauth2.resourceserver.jwt.*}
 * (issuer or JWK set), whose signature check per request costs the same. Its validators (issuer, audience, time)
 * still run once per token; what they refuse is never kept.
 */
@Component
class JwtDecoderCache implements BeanPostProcessor {

    /** Distinct valid tokens remembered (each until it expires). */
    static final long TOKENS = 10_000;

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof JwtDecoder decoder && !(bean instanceof CachingJwtDecoder) ? new CachingJwtDecoder(decoder, TOKENS) : bean;
    }
}
