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
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import app.rapport.security.Role;

/**
 * The browser side: a form login with a session for {@code /dashboard/**}, separate from the stateless
 * bearer-token API chain (which matches only {@code /api/**}, actuator and docs). The dashboard's pages
 * fetch their figures from {@code /dashboard/api/**}, the same controllers as {@code /api/**}, so the
 * numbers on the page are the API's numbers. Accounts are in memory ({@link DashboardSettings}) and are
 * not a bean, so they never leak into the API chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DashboardSecurity {

    private static final Logger log = LoggerFactory.getLogger(DashboardSecurity.class);

    @Bean
    @Order(20)
    SecurityFilterChain dashboardFilterChain(HttpSecurity http, DashboardSettings settings) throws Exception {
        http.securityMatcher("/dashboard", "/dashboard/**", "/login", "/logout", "/denied", "/webjars/**", "/dashboard-assets/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/dashboard-assets/**").permitAll()
                        .requestMatchers("/denied").authenticated()
                        .anyRequest().hasRole(Role.ANALYST.name()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedPage("/denied"))
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
            String stored = account.password().startsWith("{") ? account.password() : "{noop}" + account.password();
            users.add(User.withUsername(member).password(stored).roles(account.role().name()).build());
        });
        return users;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
