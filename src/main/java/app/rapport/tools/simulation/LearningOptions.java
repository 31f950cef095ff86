package app.rapport.tools.simulation;

import java.util.List;

import app.rapport.tools.cli.Options;
import app.rapport.tools.evaluation.GraphSource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code simulate --learning-loop}: the options of the learning loop ({@link LearningLoop}), kept apart from the
 * plain simulation's.
 */
public final class LearningOptions implements Options.Checked {

    static final List<String> ARMS = List.of("formula", "learned-once", "learning");
    /** Options only the learning loop reads: given without {@code --learning-loop}, they would be silently ignored. */
    static final List<String> LOOP_ONLY = List.of("--truth", "--retrain-every", "--min-positives", "--arms", "--threads", "--work-dir");

    /** The command this is mixed into (to see which options were given). */
    @Spec(Spec.Target.MIXEE) CommandSpec command;

    @Option(names = "--learning-loop", description = "compare the same days with and without learning from outcomes, "
            + "each on a fresh temporary store of the given graph, against a hidden ground truth")
    boolean on;

    @Mixin GraphSource graph = new GraphSource();

    @Option(names = "--truth", defaultValue = "0.2",
            description = "share of connections hidden as the ground truth of who is truly likely to connect (default ${DEFAULT-VALUE})")
    double truth;

    @Option(names = "--retrain-every", defaultValue = "7", description = "days between retrainings of the learning arm (default ${DEFAULT-VALUE})")
    int retrainEvery;

    @Option(names = "--min-positives", defaultValue = "200",
            description = "accepted invitations from suggestions before outcomes join training (default ${DEFAULT-VALUE})")
    int minPositives;

    @Option(names = "--arms", split = ",", defaultValue = "formula,learning", paramLabel = "ARMS",
            description = "which of formula, learned-once (trained at the start only), learning (default ${DEFAULT-VALUE})")
    List<String> arms;

    @Option(names = "--threads", defaultValue = "2", description = "XGBoost threads while training (default ${DEFAULT-VALUE})")
    int threads;

    @Mixin Options.WorkDir workDir = new Options.WorkDir();
    @Mixin Options.Json json = new Options.Json();

    @Override
    public void check() {
        if (!on) {
            if (graph.given() || json.on()) {
                throw new IllegalArgumentException("--edges, --ldbc and --json go with --learning-loop (the plain simulation uses the loaded graph)");
            }
            List<String> given = command == null || command.commandLine().getParseResult() == null ? List.of()
                    : LOOP_ONLY.stream().filter(command.commandLine().getParseResult()::hasMatchedOption).toList();
            if (!given.isEmpty()) {
                // Else the plain simulation would run on the configured database, not the loop that was meant.
                throw new IllegalArgumentException(String.join(", ", given) + " go with --learning-loop");
            }
            return;
        }
        if (!graph.given()) {
            throw new IllegalArgumentException("--learning-loop needs the graph: --edges FILE [--interests FILE] or --ldbc DIR");
        }
        if (!(truth > 0 && truth <= 0.5)) {
            throw new IllegalArgumentException("--truth must be in (0, 0.5]");
        }
        if (retrainEvery < 1) {
            throw new IllegalArgumentException("--retrain-every must be 1 or more days");
        }
        if (minPositives < 1) {
            throw new IllegalArgumentException("--min-positives must be 1 or more");
        }
        if (arms.isEmpty() || !ARMS.containsAll(arms) || arms.stream().distinct().count() != arms.size()) {
            throw new IllegalArgumentException("--arms takes distinct names among " + String.join(",", ARMS));
        }
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("--threads must be between 1 and 64");
        }
    }
}
