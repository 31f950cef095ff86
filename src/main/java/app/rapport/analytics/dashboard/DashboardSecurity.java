package app.rapport.analytics.dashboard;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import app.rapport.security.Role;

/**
 * The browser side: a form login with a session for {@code /dashboard/**}, separate from the stateless
 * bearer-token API chain (which matches only {@code /api/**}, actuator and docs). The dashboard's pages
 * fetch their figures from {@code /dashboard/api/**}, the same controllers as {@code /api/**}, so the
 * numbers on the page are the API's numbers. Accounts are in memory ({@link DashboardSettings}, bcrypt hashes only)
 * and are not a bean, so they never leak into the API chain; failed sign-ins are throttled ({@link LoginThrottle}).
 * The pages send a strict Content-Security-Policy: scripts from the service's own files only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DashboardSecurity {

    private static final Logger log = LoggerFactory.getLogger(DashboardSecurity.class);
    private static final String BCRYPT = "{bcrypt}";

    /**
     * Scripts only from the service's own files (no inline script, no eval), so a name that slipped through unescaped
     * still cannot run. Styles may be inline: ECharts positions its tooltips with style attributes.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(20)
    SecurityFilterChain dashboardFilterChain(HttpSecurity http, DashboardSettings settings) throws Exception {
        LoginThrottle throttle = new LoginThrottle(settings);
        http.securityMatcher("/dashboard", "/dashboard/**", "/login", "/logout", "/denied", "/webjars/**", "/dashboard-assets/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/dashboard-assets/**").permitAll()
                        .requestMatchers("/denied").authenticated()
                        .anyRequest().hasRole(Role.ANALYST.name()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard", false).failureHandler(throttle).permitAll())
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedPage("/denied"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentTypeOptions(Customizer.withDefaults())
                        .frameOptions(frame -> frame.deny()))
                .userDetailsService(new InMemoryUserDetailsManager(accounts(settings)));
        return http.build();
    }

    static List<UserDetails> accounts(DashboardSettings settings) {
        Map<String, DashboardSettings.Account> configured = settings.users();
        List<UserDetails> users = new ArrayList<>();
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        if (configured.isEmpty()) {
            String password = randomPassword();
            log.warn("No rapport.dashboard.users configured: dashboard login 'analyst' with generated password {}"
                    + " (valid until the service stops)", password);
            users.add(User.withUsername("analyst").password(encoder.encode(password)).roles(Role.ANALYST.name()).build());
            return users;
        }
        configured.forEach((member, account) -> {
            if (account.password() == null || account.password().isBlank()) {
                throw new IllegalStateException("rapport.dashboard.users." + member + ".password is empty");
            }
            // Only a hash: a plain or {noop} password in a config file is one leak away from a sign-in.
            if (!account.password().startsWith(BCRYPT)) {
                throw new IllegalStateException("rapport.dashboard.users." + member + ".password must be a " + BCRYPT
                        + " hash (plain and {noop} passwords are refused); make one with: java -jar rapport.jar password-hash");
            }
            users.add(User.withUsername(member).password(account.password()).roles(account.role().name()).build());
        });
        return users;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
