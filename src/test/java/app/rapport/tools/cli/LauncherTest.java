package app.rapport.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * Arguments a command would silently ignore are refused before anything starts (exit 2, one line on stderr): the
 * learning loop's options without {@code --learning-loop} would otherwise run the plain simulation on the
 * configured database.
 */
class LauncherTest {

    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(Launcher.runCommand(Launcher.Split.of(args)), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(before);
        }
    }

    @Test
    void theLearningLoopsOptionsGoWithTheLearningLoop() throws Exception {
        Run arms = run("simulate", "--days", "2", "--arms", "formula");
        assertThat(arms.exit()).isEqualTo(2);
        assertThat(arms.err()).contains("--arms go with --learning-loop");
        Run several = run("simulate", "--truth", "0.3", "--retrain-every", "2");
        assertThat(several.exit()).isEqualTo(2);
        assertThat(several.err()).contains("--truth, --retrain-every go with --learning-loop");

        Path edges = Files.writeString(dir.resolve("edges.csv"), "a,b\nb,c\n");
        Run experiment = run("simulate", "--learning-loop", "--edges", edges.toString(), "--experiment", "formula:0.5,learned:0.5");
        assertThat(experiment.exit()).isEqualTo(2);
        assertThat(experiment.err()).contains("--experiment and --experiment-name go with the plain simulation");
    }

    @Test
    void thePlainSimulationAndTheLoopPassTheirChecks() {
        for (String[] args : new String[][] {{"simulate", "--days", "2", "--seed", "3"},
                {"simulate", "--learning-loop", "--edges", "pom.xml", "--arms", "formula", "--truth", "0.3"}}) {
            CommandLine leaf = leaf(args);
            Options.check(leaf.getCommandSpec());
            ((AppCommand) leaf.getCommand()).validate();
        }
    }

    private static CommandLine leaf(String... args) {
        CommandLine.ParseResult parsed = new CommandLine(new RootCommand()).parseArgs(args);
        return parsed.asCommandLineList().get(parsed.asCommandLineList().size() - 1);
    }

    /**
     * {@code --json}: stdout carries only the JSON, so every logger the configuration sets below ERROR is cut to
     * errors too (a more specific logger's level outranks the root's).
     */
    @Test
    void withJsonEveryLoggerSetBelowErrorIsCutToErrors() throws Exception {
        var yml = new org.springframework.boot.env.YamlPropertySourceLoader()
                .load("application", new org.springframework.core.io.ClassPathResource("application.yml"));
        java.util.List<String> below = new java.util.ArrayList<>();
        for (var source : yml) {
            for (String name : ((org.springframework.core.env.EnumerablePropertySource<?>) source).getPropertyNames()) {
                Object level = source.getProperty(name);
                if (name.startsWith("logging.level.") && !"ERROR".equals(String.valueOf(level)) && !"OFF".equals(String.valueOf(level))) {
                    below.add(name.substring("logging.level.".length()));
                }
            }
        }
        assertThat(below).isNotEmpty();
        assertThat(Options.QUIETED).contains("root", "app.rapport").containsAll(below);
    }
}
