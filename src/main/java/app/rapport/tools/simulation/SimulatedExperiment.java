package app.rapport.tools.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import app.rapport.experiment.Experiment;
import app.rapport.experiment.ExperimentKind;
import app.rapport.experiment.ExperimentRequest;
import app.rapport.experiment.Experiments;

/**
 * {@code simulate --experiment formula:0.5,learned:0.5}: defines an experiment through the service
 * ({@link Experiments#define}, the API's rules) that covers the simulated days and one more day, so the simulated
 * members are served by their arms and the service started afterwards still shows it running. The kind follows
 * from the arm names (rankers or note tones).
 */
final class SimulatedExperiment {

    private SimulatedExperiment() {
    }

    /** Parses {@code arm:share,arm:share}; a bad spec is an {@link IllegalArgumentException} naming the option. */
    static List<ExperimentRequest.ArmShare> arms(String spec) {
        List<ExperimentRequest.ArmShare> arms = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] kv = part.strip().split(":");
            if (kv.length != 2) {
                throw new IllegalArgumentException("--experiment: expected arm:share[,arm:share…], got '" + part + "'");
            }
            try {
                arms.add(new ExperimentRequest.ArmShare(kv[0].strip(), Double.parseDouble(kv[1].strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--experiment: share of '" + kv[0] + "' is not a number");
            }
        }
        return arms;
    }

    static ExperimentKind kind(List<ExperimentRequest.ArmShare> arms) {
        return Arrays.stream(ExperimentKind.values())
                .filter(k -> arms.stream().allMatch(a -> k.arms().contains(a.name())))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("--experiment: arms must all be rankers "
                        + ExperimentKind.RANKER.arms() + " or all note tones " + ExperimentKind.NOTE_TONE.arms()));
    }

    static Experiment define(Experiments experiments, String spec, String name, Instant now, int days) {
        List<ExperimentRequest.ArmShare> arms = arms(spec);
        ExperimentKind kind = kind(arms);
        String chosen = name != null ? name : "simulated-" + kind.name().toLowerCase().replace('_', '-') + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC).format(now);
        return experiments.define(new ExperimentRequest(chosen, kind, arms, now.minus(Duration.ofDays(days)).minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(1))));
    }
}
