package app.rapport.security;

import java.util.List;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With an external identity provider the service must know which audience its tokens are for: without
 * {@code spring.security.oauth2.resourceserver.jwt.audiences} a token the provider issued to any other application
 * (same issuer, same keys) would be accepted here. The start stops with a message saying so.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalIdentityProviderCheck.External.class)
class ExternalIdentityProviderCheck {

    static final String AUDIENCES = "spring.security.oauth2.resourceserver.jwt.audiences";

    ExternalIdentityProviderCheck(Environment environment) {
        List<String> audiences = Binder.get(environment).bind(AUDIENCES, Bindable.listOf(String.class)).orElse(List.of());
        if (audiences.stream().allMatch(String::isBlank)) {
            throw new IllegalStateException("An external identity provider is configured but " + AUDIENCES
                    + " is not: set the audience (aud) this service's tokens are issued for");
        }
    }

    /** The opposite of {@link LocalKeyCondition}: an issuer, JWK set or public key is configured. */
    static final class External implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new LocalKeyCondition().matches(context, metadata);
        }
    }
}
