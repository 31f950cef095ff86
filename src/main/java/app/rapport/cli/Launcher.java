package app.rapport.cli;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Splits the command line into Spring properties ({@code --name.with.dots=value}, any position) and a
 * command; checks the command's arguments before anything starts, so bad arguments cost no database
 * start and end with one line; then runs the command inside a non-web application context.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(Class<?> application, String[] args) {
        Split split = Split.of(args);
        if (split.command().isEmpty()) {
            SpringApplication.run(application, args);
            return;
        }
        System.exit(runCommand(application, split));
    }

    static int runCommand(Class<?> application, Split split) {
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
            command.validate();
        } catch (IllegalArgumentException e) {
            System.err.println("rapport: " + e.getMessage());
            return 2;
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(command.needsDatabase() ? application : LightContext.class)
                .web(WebApplicationType.NONE)
                .properties("rapport.command=" + leaf.getCommandName(), "spring.main.banner-mode=off",
                        "logging.level.root=WARN", "logging.level.app.rapport=INFO")
                .listeners((ApplicationListener<ApplicationEvent>) event -> {
                    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
                        command.prepare(prepared.getEnvironment());
                    }
                });
        try (ConfigurableApplicationContext context = builder.run(split.spring().toArray(String[]::new))) {
            return command.run(context);
        } catch (IllegalArgumentException e) {
            System.err.println("rapport: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            System.err.println("rapport: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
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
