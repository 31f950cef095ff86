package app.rapport.suggestion.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.RapportApplication;

/**
 * A whole Rapport context on a new, empty embedded Neo4j in a temporary directory (Bolt on any free
 * port), so {@code evaluate} and {@code bench} never touch the operator's database. The command line's
 * other Spring properties (e.g. {@code --rapport.suggestions.weights.interests=0.2}) are passed on.
 * Closing it stops Neo4j and deletes the directory.
 */
final class FreshStore implements AutoCloseable {

    private static final List<String> OVERRIDDEN = List.of("--rapport.data-dir=", "--rapport.bolt-port=", "--spring.neo4j.",
            "--rapport.demo=", "--rapport.command=", "--server.port=", "--server.address=");

    private final Path dir;
    private final ConfigurableApplicationContext context;

    private FreshStore(Path dir, ConfigurableApplicationContext context) {
        this.dir = dir;
        this.context = context;
    }

    /**
     * With {@code --json}, stdout must carry nothing but the JSON, so console logging is cut to errors.
     * Called before the command's own context starts (it reads these system properties too).
     */
    static void quietConsoleFor(boolean json) {
        if (json) {
            System.setProperty("logging.level.root", "ERROR");
            System.setProperty("logging.level.app.rapport", "ERROR");
            System.setProperty("spring.main.log-startup-info", "false");
        }
    }

    static FreshStore start(ConfigurableApplicationContext parent, String command, boolean quiet) {
        Path dir;
        try {
            dir = Files.createTempDirectory("rapport-" + command + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>();
        for (String arg : parent.getBean(ApplicationArguments.class).getSourceArgs()) {
            if (OVERRIDDEN.stream().noneMatch(arg::startsWith)) {
                args.add(arg);
            }
        }
        args.add("--rapport.data-dir=" + dir);
        args.add("--rapport.bolt-port=0");
        args.add("--rapport.demo=false");
        args.add("--rapport.command=" + command);
        // A servlet context (on a free loopback port, never called): the security configuration needs one.
        args.add("--server.port=0");
        args.add("--server.address=127.0.0.1");
        args.add("--springdoc.api-docs.enabled=false");
        args.add("--springdoc.swagger-ui.enabled=false");
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(RapportApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .properties("spring.main.banner-mode=off", "logging.level.root=WARN", "spring.main.log-startup-info=" + !quiet,
                            "logging.level.app.rapport=" + (quiet ? "WARN" : "INFO"))
                    .run(args.toArray(String[]::new));
            return new FreshStore(dir, context);
        } catch (RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    <T> T bean(Class<T> type) {
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

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is harmless; the result matters more.
        }
    }
}
