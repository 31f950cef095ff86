package app.rapport.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rapport.security.Role;
import app.rapport.support.IntegrationTest;

/**
 * Dashboard accounts: stored as bcrypt hashes only, failed sign-ins throttled per account and per client address,
 * and the pages' security headers.
 */
class DashboardAccountsTest extends IntegrationTest {

    @Test
    void plainAndNoopPasswordsAreRefusedAtStartAndBcryptHashesAccepted() {
        for (String password : new String[] {"analyst-secret", "{noop}analyst-secret", "{sha256}abc"}) {
            DashboardSettings settings = settings(Map.of("ana", new DashboardSettings.Account(password, Role.ANALYST)));
            assertThatThrownBy(() -> DashboardSecurity.accounts(settings)).as(password)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("{bcrypt}")
                    .hasMessageNotContaining("analyst-secret");
        }
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("analyst-secret");
        assertThat(DashboardSecurity.accounts(settings(Map.of("ana", new DashboardSettings.Account(hash, Role.ANALYST)))))
                .singleElement().satisfies(u -> assertThat(u.getPassword()).isEqualTo(hash));
    }

    @Test
    void repeatedFailedSignInsLockTheAccountThenTheAddress() throws Exception {
        // The context's only account is the generated 'analyst'; its password is unknown here, so every try fails.
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn("analyst", "wrong-" + i, "10.0.0.1")).andExpect(redirectedUrl("/login?error"));
        }
        // The account is locked, from any address, before its password is even checked.
        mvc.perform(signIn("analyst", "wrong-5", "10.0.0.2")).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(signIn("Analyst", "wrong-6", "10.0.0.3")).andExpect(redirectedUrl("/login?locked"));

        // One address guessing many accounts: locked after 20 failures in all.
        for (int i = 0; i < 20; i++) {
            mvc.perform(signIn("guess-" + i, "wrong", "10.0.0.9")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn("guess-new", "wrong", "10.0.0.9")).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(signIn("guess-new", "wrong", "10.0.0.10")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theLoginPageForbidsInlineScriptsAndFraming() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", DashboardSecurity.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        assertThat(DashboardSecurity.CONTENT_SECURITY_POLICY).contains("script-src 'self';").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
    }

    private static MockHttpServletRequestBuilder signIn(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    private static DashboardSettings settings(Map<String, DashboardSettings.Account> users) {
        return new DashboardSettings(users, 5, 20, Duration.ofMinutes(15));
    }
}
