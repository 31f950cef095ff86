package app.rapport.cli;

import picocli.CommandLine.Command;

/** {@code java -jar rapport.jar <command>}; with no command the jar serves. */
@Command(name = "rapport", mixinStandardHelpOptions = true,
        description = "Rapport commands. Spring properties may be given anywhere as --name=value.",
        subcommands = {ImportCommand.class, TokenCommand.class, BenchImportCommand.class,
                app.rapport.note.BenchNotesCommand.class,
                app.rapport.suggestion.evaluation.EvaluateCommand.class,
                app.rapport.suggestion.evaluation.BenchCommand.class,
                app.rapport.suggestion.evaluation.GenerateCommand.class,
                app.rapport.analytics.simulation.SimulateCommand.class,
                app.rapport.analytics.BenchAnalyticsCommand.class,
                picocli.CommandLine.HelpCommand.class})
class RootCommand {
}
