package app.rapport.security;

import com.nimbusds.jose.JOSEException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import app.rapport.config.RapportProperties;

/**
 * Signing and checking tokens with the key kept in the data dir (the embedded default). The key is made
 * lazily, so commands that never touch tokens leave no key file behind.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LocalKeyCondition.class)
public class LocalKeyConfiguration {

    @Bean
    @Lazy
    LocalSigningKey localSigningKey(RapportProperties properties) {
        return new LocalSigningKey(properties);
    }

    @Bean
    @Lazy
    TokenIssuer tokenIssuer(LocalSigningKey key) {
        return new TokenIssuer(key);
    }

    @Bean
    @Lazy
    JwtDecoder localJwtDecoder(LocalSigningKey key) throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.key().toRSAPublicKey()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(TokenIssuer.ISSUER)));
        return decoder;   // cached by JwtDecoderCache, as an external provider's decoder is
    }
}
