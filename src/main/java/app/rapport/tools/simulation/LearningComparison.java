package app.rapport.tools.simulation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.tools.cli.Options;
import app.rapport.tools.cli.TrainingLines;
import app.rapport.tools.evaluation.Dataset;

/**
 * {@code simulate --learning-loop}: hides a seeded share of the graph's connections as the ground truth, then runs
 * the same simulated days once per arm ({@link LearningLoop}), each on its own fresh store of the rest of the
 * graph, with the same seed (the same members visit at the same times), and prints per-day and total figures
 * side by side.
 */
final class LearningComparison {

    private LearningComparison() {
    }

    static int run(ConfigurableApplicationContext context, LearningOptions o, int days, long seed, Options.ProgressBars bars,
            Options.Json json) {
        PrintStream out = json.table();
        try (Dataset data = o.graph.holdout(o.truth, seed, false, o.workDir.dir())) {
            List<String[]> truth = data.hiddenPairs();
            out.printf(Locale.ROOT, "Learning loop: %,d connections loaded, %,d hidden as the ground truth (seed %d); %d days, "
                    + "retraining every %d days, outcomes from %d accepted invitations%n", data.train().size(), truth.size(), seed, days,
                    o.retrainEvery, o.minPositives);
            LearningLoop.Settings settings = new LearningLoop.Settings(days, seed, o.retrainEvery, o.minPositives, o.threads,
                    o.workDir.dir(), bars);
            List<LearningLoop.Result> results = new ArrayList<>();
            for (String arm : o.arms) {
                LearningLoop.Result r = LearningLoop.run(context, data, truth, arm, settings);
                r.trainings().forEach(t -> out.println(arm + ": " + TrainingLines.describe(t)));
                results.add(r);
            }
            printDays(out, results, days);
            printTotals(out, results);
            json.print(json(results, data, truth.size(), days, seed, o));
            return 0;
        }
    }

    private static void printDays(PrintStream out, List<LearningLoop.Result> results, int days) {
        StringBuilder head = new StringBuilder(String.format("%n%4s", "day"));
        results.forEach(r -> head.append(String.format(" | %-14s %6s %5s %5s %5s %7s", r.arm(), "visits", "shown", "sent", "acc", "acc/100")));
        out.println(head);
        for (int d = 0; d < days; d++) {
            StringBuilder line = new StringBuilder(String.format("%4d", d + 1));
            for (LearningLoop.Result r : results) {
                LearningLoop.Day day = r.days().get(d);
                line.append(String.format(Locale.ROOT, " | %-14s %6d %5d %5d %5d %7.2f", "", day.visits(), day.shown(), day.sent(),
                        day.accepted(), per100(day.accepted(), day.shown())));
            }
            out.println(line);
        }
        out.println("(acc: invitations accepted that day, from suggestions and profiles; acc/100: accepted per 100 suggestions shown)");
    }

    private static void printTotals(PrintStream out, List<LearningLoop.Result> results) {
        out.printf("%n%-13s %7s %7s %7s %6s %6s %6s %10s %8s %10s %9s %9s%n", "arm", "active", "visits", "shown", "sent", "acc",
                "ign", "acc/answ", "acc/100", "acc/active", "truth inv", "truth con");
        for (LearningLoop.Result r : results) {
            SimulationReport t = r.total();
            out.printf(Locale.ROOT, "%-13s %7d %7d %7d %6d %6d %6d %10.4f %8.3f %10.4f %9d %9d%n", r.arm(), t.activeMembers(), t.visits(),
                    t.shown(), t.sent(), t.accepted(), t.ignored(), ratio(t.accepted(), t.accepted() + t.ignored()),
                    per100(t.accepted(), t.shown()), ratio(t.accepted(), t.activeMembers()), r.toTruePairs(), r.truthConnected());
        }
        out.println("(active: members who opened suggestions; acc/answ: accepted / answered; acc/active: accepted invitations per "
                + "active member; truth inv / con: invitations to, and connections made between, hidden ground-truth pairs)");
    }

    private static Map<String, Object> json(List<LearningLoop.Result> results, Dataset data, int hidden, int days, long seed,
            LearningOptions o) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (LearningLoop.Result r : results) {
            SimulationReport t = r.total();
            Map<String, Object> arm = new LinkedHashMap<>();
            arm.put("total", t);
            arm.put("acceptance", ratio(t.accepted(), t.accepted() + t.ignored()));
            arm.put("accepted_per_impression", ratio(t.accepted(), t.shown()));
            arm.put("accepted_per_active_member", ratio(t.accepted(), t.activeMembers()));
            arm.put("invitations_to_truth", r.toTruePairs());
            arm.put("truth_connected", r.truthConnected());
            arm.put("days", r.days());
            arm.put("trainings", r.trainings());
            out.put(r.arm(), arm);
        }
        out.put("run", Map.of("days", days, "seed", seed, "connections_loaded", data.train().size(), "truth_pairs", hidden,
                "retrain_every", o.retrainEvery, "min_positives", o.minPositives));
        return out;
    }

    private static double per100(long n, long of) {
        return of == 0 ? 0 : 100.0 * n / of;
    }

    private static double ratio(long n, long of) {
        return of == 0 ? 0 : (double) n / of;
    }
}
