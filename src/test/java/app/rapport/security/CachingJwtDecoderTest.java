package app.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A token is verified once and then served from memory until it expires; what fails is never remembered. */
class CachingJwtDecoderTest {

    private final AtomicInteger verified = new AtomicInteger();

    /** A stand-in for the signature check: counts its calls, refuses "bad", gives each token the expiry it names. */
    private final JwtDecoder delegate = token -> {
        verified.incrementAndGet();
        if (token.equals("bad")) {
            throw new BadJwtException("signature");
        }
        Instant expires = token.equals("expired") ? Instant.now().minusSeconds(1) : Instant.now().plus(Duration.ofHours(1));
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("933")
                .issuedAt(expires.minus(Duration.ofHours(2))).expiresAt(expires).build();
    };

    private final CachingJwtDecoder decoder = new CachingJwtDecoder(delegate, 100);

    @Test
    void aValidTokenIsVerifiedOnce() {
        assertThat(decoder.decode("good").getSubject()).isEqualTo("933");
        assertThat(decoder.decode("good").getSubject()).isEqualTo("933");
        assertThat(verified).hasValue(1);
    }

    @Test
    void aRefusedTokenIsCheckedAgainEveryTime() {
        assertThatThrownBy(() -> decoder.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThat(verified).hasValue(2);
    }

    @Test
    void anExpiredTokenIsNeverServedFromMemory() {
        // The delegate accepted it (its validators allow a clock skew); the cache must not keep it beyond its expiry.
        decoder.decode("expired");
        decoder.decode("expired");
        assertThat(verified).hasValue(2);
    }

    /** Any decoder the context makes (an external identity provider's too) is cached, and only once. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class AnyDecoder {
        static final AtomicInteger CALLS = new AtomicInteger();

        @org.springframework.context.annotation.Bean
        JwtDecoder providersDecoder() {
            return token -> {
                CALLS.incrementAndGet();
                return Jwt.withTokenValue(token).header("alg", "RS256").subject("933").expiresAt(Instant.now().plus(Duration.ofHours(1))).build();
            };
        }
    }

    @Test
    void theContextsDecoderWhateverMadeItIsCachedOnce() {
        new org.springframework.boot.test.context.runner.ApplicationContextRunner()
                .withUserConfiguration(AnyDecoder.class, JwtDecoderCache.class).run(context -> {
                    JwtDecoder bean = context.getBean(JwtDecoder.class);
                    assertThat(bean).isInstanceOf(CachingJwtDecoder.class);
                    assertThat(new JwtDecoderCache().postProcessAfterInitialization(bean, "again")).isSameAs(bean);
                    int before = AnyDecoder.CALLS.get();
                    bean.decode("t");
                    bean.decode("t");
                    assertThat(AnyDecoder.CALLS.get() - before).isEqualTo(1);
                });
    }
}
