package app.rapport.analytics.dashboard;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import app.rapport.security.Role;

/**
 * Who may log in to the dashboard (prefix {@code rapport.dashboard}): accounts keyed by member id, e.g.
 * {@code rapport.dashboard.users.ana-1.password={bcrypt}$2a$…} and {@code …role=ANALYST} (the default).
 * Passwords are stored hashed: anything but a {@code {bcrypt}} hash stops the start. With no accounts configured,
 * one {@code analyst} account gets a random password, printed in the log at start.
 *
 * @param users                     accounts by member id
 * @param maxFailedLogins           failed sign-ins per account in {@code failedLoginWindow} before that account's
 *                                  sign-in is refused for the rest of the window, even with the right password
 * @param maxFailedLoginsPerAddress the same per client address (all accounts together)
 * @param failedLoginWindow         the window of both counts
 */
@ConfigurationProperties("rapport.dashboard")
record DashboardSettings(
        @DefaultValue Map<String, Account> users,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("20") int maxFailedLoginsPerAddress,
        @DefaultValue("15m") Duration failedLoginWindow) {

    /**
     * @param password the password as a {@code {bcrypt}} hash
     * @param role     what the account may do; only ANALYST (or ADMIN) sees the dashboard
     */
    record Account(String password, @DefaultValue("ANALYST") Role role) {
    }
}
