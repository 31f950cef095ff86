package app.rapport.tools.cli;

import app.rapport.tools.bench.BenchAnalyticsCommand;
import app.rapport.tools.bench.BenchCommand;
import app.rapport.tools.bench.BenchHttpCommand;
import app.rapport.tools.bench.BenchImportCommand;
import app.rapport.tools.bench.BenchNotesCommand;
import app.rapport.tools.evaluation.EvaluateCommand;
import app.rapport.tools.evaluation.GenerateCommand;
import app.rapport.tools.simulation.SimulateCommand;
import app.rapport.tools.training.TrainCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** {@code java -jar rapport.jar <command>}; with no command the jar serves. */
@Command(name = "rapport", mixinStandardHelpOptions = true,
        description = "Rapport commands. Spring properties may be given anywhere as --name=value.",
        subcommands = {ImportCommand.class, TokenCommand.class, PasswordHashCommand.class, EvaluateCommand.class,
                GenerateCommand.class, SimulateCommand.class, TrainCommand.class, BenchCommand.class, BenchImportCommand.class,
                BenchNotesCommand.class, BenchAnalyticsCommand.class, BenchHttpCommand.class, HelpCommand.class})
class RootCommand {
}
