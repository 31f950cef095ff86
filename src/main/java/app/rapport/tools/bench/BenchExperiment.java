package app.rapport.tools.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import app.rapport.experiment.Experiment;
import app.rapport.experiment.ExperimentKind;
import app.rapport.experiment.ExperimentRequest;
import app.rapport.experiment.Experiments;

/**
 * The ranker experiment of the analytics benchmark's fixture: its last 30 days (formula and learned, half each),
 * defined through the service's own rules, so {@code experiments/{name}} is timed on a month of the fixture.
 */
final class BenchExperiment {

    static final String NAME = "bench-ranker";

    private BenchExperiment() {
    }

    /** The experiment (defined now unless a run before defined it), or null when another ranker experiment overlaps. */
    static Experiment ensure(Experiments experiments, Clock clock) {
        experiments.refresh();
        var existing = experiments.named(NAME);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        try {
            return experiments.define(new ExperimentRequest(NAME, ExperimentKind.RANKER,
                    List.of(new ExperimentRequest.ArmShare("formula", 0.5), new ExperimentRequest.ArmShare("learned", 0.5)),
                    now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(1))));
        } catch (RuntimeException e) {
            System.err.println("No benchmark experiment (experiments/{name} is not timed): " + e.getMessage());
            return null;
        }
    }
}
