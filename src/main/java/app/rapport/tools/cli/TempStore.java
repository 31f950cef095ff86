package app.rapport.tools.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The tools' one temporary store: a whole Rapport context (the launcher's command context) on a new, empty
 * embedded Neo4j in a temporary directory, Bolt on any free port, so {@code evaluate} and the benchmarks
 * never touch the operator's database. The command line's other Spring properties (e.g.
 * {@code --rapport.suggestions.weights.interests=0.2}) are passed on, then the caller's own. Closing it
 * stops Neo4j and deletes the directory.
 */
public final class TempStore implements AutoCloseable {

    /** Where the store is; the caller's properties replace these and any of the same name. */
    private static final List<String> OVERRIDDEN = List.of("--rapport.data-dir=", "--rapport.bolt-port=", "--spring.neo4j.",
            "--rapport.demo=", "--rapport.command=");

    private final Path dir;
    private final ConfigurableApplicationContext context;

    private TempStore(Path dir, ConfigurableApplicationContext context) {
        this.dir = dir;
        this.context = context;
    }

    /**
     * @param parent     the command's context (its command-line properties are passed on)
     * @param command    names the directory and the context's {@code rapport.command}
     * @param workDir    where the directory goes
     * @param properties more {@code --name=value} properties for this store
     */
    public static TempStore start(ConfigurableApplicationContext parent, String command, Path workDir, String... properties) {
        return start(parent, command, workDir, List.of(), properties);
    }

    /** As {@link #start(ConfigurableApplicationContext, String, Path, String...)} with a command's added beans ({@link AppCommand#addedBeans()}). */
    public static TempStore start(ConfigurableApplicationContext parent, String command, Path workDir, List<Class<?>> addedBeans,
            String... properties) {
        Path dir = newDirectory(workDir, "rapport-" + command + "-");
        List<String> args = new ArrayList<>();
        for (String arg : parent.getBean(ApplicationArguments.class).getSourceArgs()) {
            if (Stream.concat(OVERRIDDEN.stream(), Stream.of(properties).map(p -> p.substring(0, p.indexOf('=') + 1)))
                    .noneMatch(arg::startsWith)) {
                args.add(arg);
            }
        }
        args.addAll(List.of("--rapport.data-dir=" + dir, "--rapport.bolt-port=0", "--rapport.demo=false"));
        args.addAll(List.of(properties));
        try {
            return new TempStore(dir, Launcher.context(addedBeans, command, true, args, environment -> OptionalInt.empty()));
        } catch (RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    /** The data directory (the Neo4j home of the store). */
    public Path dir() {
        return dir;
    }

    /** Stops the context and its database, keeping the directory until {@link #close} (e.g. to measure the files). */
    public void stop() {
        context.close();
    }

    /** The store's application context (e.g. for code that looks up several services). */
    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            delete(dir);
        }
    }

    /** A new directory below {@code parent} (the tools' scratch files live there too). */
    public static Path newDirectory(Path parent, String prefix) {
        try {
            return Files.createTempDirectory(parent, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a directory and everything in it; one left behind is harmless, the result matters more. */
    public static void delete(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            // Left behind in the temp dir.
        }
    }
}
