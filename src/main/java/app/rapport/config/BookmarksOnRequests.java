package app.rapport.config;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether requests carry bookmarks ({@link BookmarkConfiguration.Web}): {@code rapport.bookmarks.enabled} when set,
 * else only when the service uses an external database ({@code spring.neo4j.uri}). The embedded default is one
 * server, where every read already sees every commit, so checking and sending bookmarks would buy nothing; a second
 * instance pointed at it (an external URI for that instance) still does the work, which costs the embedded one nothing.
 */
final class BookmarksOnRequests implements Condition {

    static final String PROPERTY = "rapport.bookmarks.enabled";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return enabled(context.getEnvironment());
    }

    static boolean enabled(Environment environment) {
        Boolean explicit = Binder.get(environment).bind(PROPERTY, Boolean.class).orElse(null);
        return explicit != null ? explicit : StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
    }
}
