package app.rapport.experiment;

import java.time.Instant;
import java.util.List;

/**
 * A stored experiment: members are split between its arms by {@link ArmHash} from {@code start} (inclusive)
 * to {@code end} (exclusive).
 */
public record Experiment(String name, ExperimentKind kind, List<Arm> arms, Instant start, Instant end, Instant createdAt) {

    /** An arm and its share of the members (the shares of an experiment add up to 1). */
    public record Arm(String name, double share) {
    }

    /** Whether it serves at {@code now}. */
    public boolean runningAt(Instant now) {
        return !now.isBefore(start) && now.isBefore(end);
    }

    /** The member's arm: the same member always gets the same arm of the same experiment. */
    public Assignment assign(String memberId) {
        double u = ArmHash.unit(name, memberId);
        double cumulative = 0;
        for (Arm arm : arms) {
            cumulative += arm.share();
            if (u < cumulative) {
                return new Assignment(name, arm.name());
            }
        }
        // Shares add up to 1 within rounding: a point above their float sum belongs to the last arm.
        return new Assignment(name, arms.get(arms.size() - 1).name());
    }
}
