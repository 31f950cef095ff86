package app.rapport.tools.cli;

import java.util.List;
import java.util.OptionalInt;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/** A command of the jar: parsed by picocli first, then run inside an application context. */
public interface AppCommand {

    /** Checks argument combinations picocli cannot; throw {@link IllegalArgumentException} with one line. */
    default void validate() {
    }

    /** False for commands that need no database (e.g. {@code token}): they start without Neo4j. */
    default boolean needsDatabase() {
        return true;
    }

    /**
     * Bean definitions this command adds to the service's context (plain classes with {@code @Bean} methods,
     * never {@code @Configuration}, so the serving application's component scan cannot pick them up).
     */
    default List<Class<?>> addedBeans() {
        return List.of();
    }

    /**
     * Runs once the command's Spring environment is ready but before its context starts (so before the
     * embedded database opens the store): for work that must happen first, e.g. building a new store.
     * An exit code means the command is done and its context is not started at all.
     */
    default OptionalInt prepare(ConfigurableEnvironment environment) {
        return OptionalInt.empty();
    }

    /** Runs the command; the result is the process exit code. */
    int run(ConfigurableApplicationContext context);

    /** A command that needs no database: it runs with the settings and the local signing key only. */
    interface Standalone extends AppCommand {

        @Override
        default boolean needsDatabase() {
            return false;
        }
    }
}
