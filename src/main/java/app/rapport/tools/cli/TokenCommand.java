package app.rapport.tools.cli;

import java.time.Duration;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.member.MemberIds;
import app.rapport.security.Role;
import app.rapport.security.TokenIssuer;
import app.rapport.security.TokenSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code token --member ID [--role R]}: prints a JWT signed with the local key (bare, last line). */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Print a JWT signed with the local key.")
class TokenCommand implements AppCommand.Standalone {

    @Option(names = "--member", required = true, description = "member id (the token's subject)")
    String member;

    @Option(names = "--role", defaultValue = "MEMBER", description = "MEMBER, ANALYST or ADMIN (default ${DEFAULT-VALUE})")
    Role role;

    @Option(names = "--hours", defaultValue = "12",
            description = "validity in hours (default ${DEFAULT-VALUE}; at most rapport.tokens.member-max-hours=24 for MEMBER, "
                    + "privileged-max-hours=12 for ANALYST/ADMIN)")
    int hours;

    @Override
    public void validate() {
        if (!MemberIds.isValid(member)) {
            throw new IllegalArgumentException("--member " + MemberIds.MESSAGE);
        }
        if (hours < 1 || hours > 24 * 365) {
            throw new IllegalArgumentException("--hours must be between 1 and 8760");
        }
    }

    @Override
    public int run(ConfigurableApplicationContext context) {
        int max = context.getBean(TokenSettings.class).maxHours(role);
        if (hours > max) {
            throw new IllegalArgumentException("--hours at most " + max + " for a " + role + " token (rapport.tokens."
                    + (role == Role.MEMBER ? "member" : "privileged") + "-max-hours)");
        }
        TokenIssuer issuer = context.getBean(TokenIssuer.class);
        System.out.println(issuer.issue(member, List.of(role), Duration.ofHours(hours)));
        return 0;
    }
}
