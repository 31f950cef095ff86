package app.rapport.tools.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

import app.rapport.RapportApplication;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The jar's entry point. With no command it serves ({@link RapportApplication}); with one it splits the
 * command line into Spring properties ({@code --name.with.dots=value}, any position) and the command,
 * checks the command's arguments before anything starts (so bad arguments cost no database start and end
 * with one line), then runs the command inside a non-web application context.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Split split = Split.of(args);
        if (split.command().isEmpty()) {
            SpringApplication service = new SpringApplication(RapportApplication.class);
            service.setMainApplicationClass(RapportApplication.class);
            service.run(args);
            return;
        }
        System.exit(runCommand(split));
    }

    static int runCommand(Split split) {
        CommandLine cli = new CommandLine(new RootCommand());
        ParseResult parsed;
        try {
            parsed = cli.parseArgs(split.command().toArray(String[]::new));
        } catch (ParameterException e) {
            System.err.println("rapport: " + e.getMessage());
            return 2;
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return 0;
        }
        CommandLine leaf = parsed.asCommandLineList().get(parsed.asCommandLineList().size() - 1);
        if (!(leaf.getCommand() instanceof AppCommand command)) {
            System.err.println("rapport: name a command; try 'help'");
            leaf.usage(System.err);
            return 2;
        }
        try {
            Options.check(leaf.getCommandSpec());
            command.validate();
        } catch (IllegalArgumentException e) {
            System.err.println("rapport: " + e.getMessage());
            return 2;
        }
        Options.quietConsoleFor(leaf.getCommandSpec());
        int[] prepared = new int[1];
        Function<ConfigurableEnvironment, OptionalInt> prepare = environment -> {
            OptionalInt done = command.prepare(environment);
            done.ifPresent(exit -> prepared[0] = exit);
            return done;
        };
        try (ConfigurableApplicationContext context = context(command.addedBeans(), leaf.getCommandName(),
                command.needsDatabase(), split.spring(), prepare)) {
            return command.run(context);
        } catch (SpringApplication.AbandonedRunException e) {
            // The command finished in prepare (e.g. an initial import): no context was started.
            return prepared[0];
        } catch (IllegalArgumentException e) {
            System.err.println("rapport: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            System.err.println("rapport: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * The context a command runs in: the whole service without its web server, or (for commands that need
     * no database) only the settings and the local signing key. {@link TempStore} starts the same one.
     */
    static ConfigurableApplicationContext context(List<Class<?>> addedBeans, String name, boolean database,
            List<String> springArgs, Function<ConfigurableEnvironment, OptionalInt> prepare) {
        List<Class<?>> sources = new ArrayList<>();
        sources.add(database ? RapportApplication.class : LightContext.class);
        sources.addAll(addedBeans);
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .main(RapportApplication.class)
                .web(WebApplicationType.NONE)
                // rapport.command tells the service's beans they serve a one-off command (no periodic work).
                .properties("rapport.command=" + name, "spring.main.banner-mode=off",
                        "logging.level.root=WARN", "logging.level.app.rapport=INFO")
                // Before any bean exists (so before the embedded database opens the store): see AppCommand.prepare.
                // Spring Boot ends a run abandoned this way without reporting it as a failure.
                .listeners((ApplicationListener<ApplicationEvent>) event -> {
                    if (event instanceof ApplicationEnvironmentPreparedEvent prepared
                            && prepare.apply(prepared.getEnvironment()).isPresent()) {
                        throw new SpringApplication.AbandonedRunException();
                    }
                })
                .run(springArgs.toArray(String[]::new));
    }

    /** Spring properties on one side, the command and its own arguments on the other. */
    record Split(List<String> spring, List<String> command) {

        static Split of(String[] args) {
            List<String> spring = new ArrayList<>();
            List<String> command = new ArrayList<>();
            for (String arg : args) {
                if (isSpringProperty(arg)) {
                    spring.add(arg);
                } else {
                    command.add(arg);
                }
            }
            return new Split(spring, command);
        }

        /** {@code --rapport.data-dir=x}, {@code --server.port=0}: a dotted name with a value. */
        static boolean isSpringProperty(String arg) {
            int eq = arg.indexOf('=');
            return arg.startsWith("--") && eq > 2 && arg.substring(2, eq).contains(".");
        }
    }
}
