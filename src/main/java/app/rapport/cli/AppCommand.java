package app.rapport.cli;

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
     * Runs once the command's Spring environment is ready but before its context starts (so before the
     * embedded database opens the store): for work that must happen first, e.g. building a new store.
     */
    default void prepare(ConfigurableEnvironment environment) {
    }

    /** Runs the command; the result is the process exit code. */
    int run(ConfigurableApplicationContext context);
}
