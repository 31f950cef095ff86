package app.rapport.importer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import app.rapport.member.MemberService;
import app.rapport.security.Role;
import app.rapport.security.TokenIssuer;
import app.rapport.suggestion.SuggestionGraphBuilt;

/**
 * A new user's first call: with {@code rapport.demo=true}, once the demo data is in and the suggestion
 * graph is built, the serving process logs one ready-to-paste {@code curl} line for a demo member's
 * suggestions, with a token signed by the local key (12 hours, role MEMBER). Only when the local key is in
 * use (no external identity provider) and only in a process that serves HTTP.
 */
@Component
@ConditionalOnProperty(name = "rapport.demo", havingValue = "true")
class DemoWelcome {

    /** Mahinda Perera of the LDBC demo set: well connected, so the list is not empty. */
    static final String MEMBER = "933";
    private static final Logger log = LoggerFactory.getLogger(DemoWelcome.class);

    private final MemberService members;
    private final ObjectProvider<TokenIssuer> tokens;
    private final Environment environment;
    private final AtomicBoolean said = new AtomicBoolean();

    DemoWelcome(MemberService members, ObjectProvider<TokenIssuer> tokens, Environment environment) {
        this.members = members;
        this.tokens = tokens;
        this.environment = environment;
    }

    @EventListener
    void on(SuggestionGraphBuilt built) {
        String port = environment.getProperty("local.server.port");
        TokenIssuer issuer = tokens.getIfAvailable();
        if (port == null || issuer == null || built.members() == 0 || !members.exists(MEMBER) || said.getAndSet(true)) {
            return;
        }
        String token = issuer.issue(MEMBER, List.of(Role.MEMBER), Duration.ofHours(12));
        log.info("Demo ready ({} members); your first call, as member {}: curl -s -H 'Authorization: Bearer {}' "
                + "'http://localhost:{}/api/members/{}/suggestions?limit=3'", built.members(), MEMBER, token, port, MEMBER);
    }
}
