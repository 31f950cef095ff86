package app.rapport.tools.simulation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.importer.Importers;
import app.rapport.importer.Progress;
import app.rapport.suggestion.MemberGraph;
import app.rapport.suggestion.MemberGraphStore;
import app.rapport.suggestion.RankerTraining;
import app.rapport.suggestion.Suggestions;
import app.rapport.suggestion.TrainingReport;
import app.rapport.tools.cli.Options;
import app.rapport.tools.cli.StageBars;
import app.rapport.tools.cli.TempStore;
import app.rapport.tools.evaluation.Dataset;

/**
 * One arm of the learning loop: the graph without its hidden ground truth loaded into a fresh temporary store,
 * then the plain simulation (the API's suggestion and invitation services) run with {@link HiddenTruth} as the
 * outcome model. Arms: {@code formula} (the formula serves, nothing is trained), {@code learned-once} (the ranker
 * is trained on the graph at the start, as a new deployment would, and never again) and {@code learning}
 * (trained at the start and every {@code retrainEvery} days, with the simulated outcomes as labels once there are
 * {@code minPositives} accepted invitations from suggestions; the usual promotion rule applies each time).
 */
final class LearningLoop {

    /** One day's figures (differences of the simulation's running totals). */
    record Day(int day, long visits, long shown, long sent, long accepted, long ignored) {
    }

    /**
     * What one arm did.
     *
     * @param truthConnected hidden pairs connected at the end (the graph knew none of them at the start)
     * @param invitations    invitations decided by the outcome model, and {@code toTruePairs} of them to a hidden pair
     */
    record Result(String arm, SimulationReport total, List<Day> days, List<TrainingReport> trainings, long truthConnected,
            long invitations, long toTruePairs) {
    }

    /** How to train, with what progress (the command's bars). */
    record Settings(int days, long seed, int retrainEvery, int minPositives, int threads, Path workDir, Options.ProgressBars bars) {
    }

    private LearningLoop() {
    }

    static Result run(ConfigurableApplicationContext parent, Dataset data, List<String[]> truthPairs, String arm, Settings s) {
        boolean trains = !arm.equals("formula");
        try (TempStore store = TempStore.start(parent, "simulate", s.workDir(), List.of(SimulationClockBeans.class),
                "--rapport.ranking.ranker=" + (trains ? "learned" : "formula"),
                // The ground truth was a random share: the model learns the same question, as evaluate does.
                "--rapport.ranking.training.split=random",
                "--rapport.ranking.outcomes.include-simulated=true",
                "--rapport.ranking.outcomes.min-positives=" + s.minPositives(),
                "--rapport.import.progress=" + s.bars().on())) {
            data.importInto(store.bean(Importers.class));
            MemberGraphStore graphs = store.bean(MemberGraphStore.class);
            graphs.reload();
            SimulationClock clock = store.bean(SimulationClock.class);
            HiddenTruth truth = HiddenTruth.of(truthPairs, s.seed());
            List<TrainingReport> trainings = new ArrayList<>();
            RankerTraining training = store.bean(RankerTraining.class);
            if (trains) {
                trainings.add(train(training, s, arm + ", day 0"));
            }
            List<Day> days = new ArrayList<>();
            SimulationReport[] before = {null};
            Simulator.DayEnd dayEnd = (day, soFar) -> {
                days.add(difference(day, before[0], soFar));
                before[0] = soFar;
                if (arm.equals("learning") && (day + 1) % s.retrainEvery() == 0 && day + 1 < s.days()) {
                    trainings.add(train(training, s, arm + ", day " + (day + 1)));
                }
            };
            SimulationReport total;
            try (Progress bar = s.bars().bar("simulated days, " + arm, s.days())) {
                total = Simulator.from(store.context(), truth).run(s.days(), s.seed(), clock::set, bar, dayEnd);
            }
            store.bean(Suggestions.class).flushImpressions();
            MemberGraph end = graphs.reload();
            long connected = truthPairs.stream().filter(p -> {
                int a = end.indexOf(p[0]);
                int b = end.indexOf(p[1]);
                return a >= 0 && b >= 0 && end.connected(a, b);
            }).count();
            long[] invited = truth.invitations();
            return new Result(arm, total, days, trainings, connected, invited[0], invited[1]);
        }
    }

    private static TrainingReport train(RankerTraining training, Settings s, String label) {
        try (StageBars bars = new StageBars(s.bars(), "train (" + label + "): ")) {
            return training.train(s.threads(), bars);
        }
    }

    private static Day difference(int day, SimulationReport before, SimulationReport now) {
        return before == null
                ? new Day(day, now.visits(), now.shown(), now.sent(), now.accepted(), now.ignored())
                : new Day(day, now.visits() - before.visits(), now.shown() - before.shown(), now.sent() - before.sent(),
                        now.accepted() - before.accepted(), now.ignored() - before.ignored());
    }
}
