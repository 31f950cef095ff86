package app.rapport.tools.training;

import java.io.PrintStream;

import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.suggestion.MemberGraph;
import app.rapport.suggestion.MemberGraphStore;
import app.rapport.suggestion.RankerTraining;
import app.rapport.suggestion.TrainingReport;
import app.rapport.tools.cli.AppCommand;
import app.rapport.tools.cli.Options;
import app.rapport.tools.cli.StageBars;
import app.rapport.tools.cli.TrainingLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code train [--json]}: trains the ranker on the configured database's graph (and its outcomes), as the
 * service does in the background: the model goes into {@code <rapport.data-dir>/models/<version>/} with its
 * validation figures, promoted only if it beats the formula. A service on the same data dir loads the newest
 * promoted model when it starts.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the ranker on the loaded graph (and outcomes); keep the model if it beats the formula.")
public class TrainCommand implements AppCommand {

    @Option(names = "--threads", defaultValue = "2", description = "XGBoost threads (default ${DEFAULT-VALUE})")
    int threads;

    @Mixin Options.Json json = new Options.Json();
    @Mixin Options.ProgressBars progress = new Options.ProgressBars();

    @Override
    public void validate() {
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("--threads must be between 1 and 64");
        }
    }

    @Override
    public int run(ConfigurableApplicationContext context) {
        PrintStream table = json.table();
        long start = System.nanoTime();
        MemberGraph g = context.getBean(MemberGraphStore.class).reload();
        table.printf("graph: %,d members, %,d connections, loaded in %.1f s%n", g.size(), g.connections(),
                (System.nanoTime() - start) / 1e9);
        TrainingReport report;
        try (StageBars bars = new StageBars(progress, "train: ")) {
            report = context.getBean(RankerTraining.class).train(threads, bars);
        }
        table.println(TrainingLines.describe(report));
        table.printf("total %.1f s (graph load included)%n", (System.nanoTime() - start) / 1e9);
        json.print(report);
        return 0;
    }
}
