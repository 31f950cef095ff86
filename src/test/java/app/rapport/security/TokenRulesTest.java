package app.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import app.rapport.support.IntegrationTest;

/**
 * Tokens: a {@code jti} on each, no roles = refused (not read as MEMBER) unless configured, a configurable roles
 * claim, and an external identity provider without an audience stops the start.
 */
class TokenRulesTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.oauth2.jwt.JwtDecoder decoder;

    @Test
    void theServicesDecoderRemembersVerifiedTokens() {
        assertThat(decoder).isInstanceOf(CachingJwtDecoder.class);
        String token = tokens.issue("ada", Role.MEMBER);
        assertThat(decoder.decode(token).getSubject()).isEqualTo("ada");
    }

    @Test
    void everyTokenHasItsOwnJti() {
        String a = tokens.issue("ada", Role.MEMBER);
        String b = tokens.issue("ada", Role.MEMBER);
        assertThat(claims(a)).contains("\"jti\":\"");
        assertThat(jti(a)).isNotEqualTo(jti(b));
    }

    @Test
    void aTokenWithoutRolesIsRefused() throws Exception {
        members("ada");
        String noRoles = tokens.issue("ada", List.of(), Instant.now(), java.time.Duration.ofHours(1));
        mvc.perform(get("/api/members/ada/invitations").header(HttpHeaders.AUTHORIZATION, "Bearer " + noRoles))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/members/ada/invitations").header(HttpHeaders.AUTHORIZATION, bearer("ada"))).andExpect(status().isOk());
    }

    @Test
    void theRolesClaimIsConfigurableAndAMissingOneMeansMemberOnlyWhenSaidSo() {
        Jwt groups = Jwt.withTokenValue("t").header("alg", "RS256").subject("ada").claim("groups", "ANALYST MEMBER").build();
        assertThat(new RolesClaimConverter(new TokenSettings(24, 12, "groups", false)).convert(groups))
                .extracting(Object::toString).containsExactly("ROLE_ANALYST", "ROLE_MEMBER");
        assertThatThrownBy(() -> new RolesClaimConverter(new TokenSettings(24, 12, "roles", false)).convert(groups))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThat(new RolesClaimConverter(new TokenSettings(24, 12, "roles", true)).convert(groups))
                .extracting(Object::toString).containsExactly("ROLE_MEMBER");
        assertThat(new TokenSettings(24, 12, "roles", false).maxHours(Role.MEMBER)).isEqualTo(24);
        assertThat(new TokenSettings(24, 12, "roles", false).maxHours(Role.ADMIN)).isEqualTo(12);
    }

    @Test
    void anExternalIdentityProviderWithoutAnAudienceStopsTheStart() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(ExternalIdentityProviderCheck.class);
        runner.withPropertyValues("spring.security.oauth2.resourceserver.jwt.issuer-uri=https://idp.example")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.audiences"));
        runner.withPropertyValues("spring.security.oauth2.resourceserver.jwt.issuer-uri=https://idp.example",
                        "spring.security.oauth2.resourceserver.jwt.audiences=rapport-api")
                .run(context -> assertThat(context).hasNotFailed());
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ExternalIdentityProviderCheck.class));
    }

    private static String claims(String token) {
        return new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String jti(String token) {
        return claims(token).replaceAll(".*\"jti\":\"([^\"]+)\".*", "$1");
    }
}
