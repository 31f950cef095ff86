package app.rapport.analytics.dashboard;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import app.rapport.security.Role;

/**
 * Who may log in to the dashboard (prefix {@code rapport.dashboard}): accounts keyed by member id, e.g.
 * {@code rapport.dashboard.users.ana-1.password={bcrypt}$2a$…} and {@code …role=ANALYST} (the default).
 * A password without an {@code {encoder}} prefix is taken as plain text. With no accounts configured, one
 * {@code analyst} account gets a random password, printed in the log at start.
 *
 * @param users accounts by member id
 */
@ConfigurationProperties("rapport.dashboard")
record DashboardSettings(@DefaultValue Map<String, Account> users) {

    /**
     * @param password the password, optionally with an encoder prefix such as {@code {bcrypt}}
     * @param role     what the account may do; only ANALYST (or ADMIN) sees the dashboard
     */
    record Account(String password, @DefaultValue("ANALYST") Role role) {
    }
}
