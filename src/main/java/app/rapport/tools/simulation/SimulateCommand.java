package app.rapport.tools.simulation;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.importer.Progress;
import app.rapport.tools.cli.AppCommand;
import app.rapport.tools.cli.Options;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code simulate [--days N] [--seed S]}: realistic invitation activity on the loaded graph, marked simulated. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate invitation activity on the loaded graph over N days ending now (marked simulated: true).")
public class SimulateCommand implements AppCommand {

    @Option(names = "--days", defaultValue = "30", description = "simulated days (default ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--experiment", description = "run an experiment over the simulated days, e.g. formula:0.5,learned:0.5 "
            + "(rankers) or friendly:0.5,brief:0.5 (note tones)")
    String experiment;

    @Option(names = "--experiment-name", description = "its name (default simulated-<kind>-<now>)")
    String experimentName;

    @Mixin Options.Seed seed = new Options.Seed(1);
    @Mixin Options.ProgressBars progress = new Options.ProgressBars();
    @Mixin LearningOptions learning = new LearningOptions();

    @Override
    public void validate() {
        if (days < 1 || days > 3650) {
            throw new IllegalArgumentException("--days must be between 1 and 3650");
        }
        if (learning.on && (experiment != null || experimentName != null)) {
            throw new IllegalArgumentException("--experiment and --experiment-name go with the plain simulation, not --learning-loop");
        }
        if (experiment != null) {
            SimulatedExperiment.kind(SimulatedExperiment.arms(experiment));
        }
    }

    /** The learning loop runs on temporary stores of its own: it never touches the configured database. */
    @Override
    public boolean needsDatabase() {
        return !learning.on;
    }

    @Override
    public List<Class<?>> addedBeans() {
        return List.of(SimulationClockBeans.class);
    }

    @Override
    public int run(ConfigurableApplicationContext context) {
        if (learning.on) {
            return LearningComparison.run(context, learning, days, seed.value(), progress, learning.json);
        }
        SimulationClock clock = context.getBean(SimulationClock.class);
        SimulationReport report;
        if (experiment != null) {
            var e = SimulatedExperiment.define(context.getBean(app.rapport.experiment.Experiments.class), experiment, experimentName,
                    clock.instant(), days);
            System.out.printf("Experiment '%s' (%s, %s) from %s to %s: GET /api/analytics/experiments/%s%n", e.name(), e.kind(),
                    e.arms(), e.start(), e.end(), e.name());
        }
        try (Progress bar = progress.bar("simulated days", days)) {
            report = Simulator.from(context).run(days, seed.value(), clock::set, bar);
        }
        // The analytics rollups follow the invitations in the background: bring them up to date before reporting.
        context.getBean(app.rapport.analytics.DailyRollups.class).flush();
        System.out.printf("Simulated %d days (seed %d) from %s to %s:%n", report.days(), report.seed(), report.from(), report.to());
        System.out.printf("  %,d suggestion visits, %,d suggestions shown%n", report.visits(), report.shown());
        System.out.printf("  %,d invitations sent (%,d refused by the rules)%n", report.sent(), report.refused());
        System.out.printf("  %,d accepted, %,d ignored, %,d withdrawn, %,d still pending%n",
                report.accepted(), report.ignored(), report.withdrawn(), report.pendingAtEnd());
        return 0;
    }
}
