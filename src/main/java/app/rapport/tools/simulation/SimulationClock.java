package app.rapport.tools.simulation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of the {@code simulate} command: the primary {@link Clock} bean of that process only, so the
 * services it drives stamp their writes with simulated time. Reads real time until the simulation sets it.
 * (The tests' movable clock is one too.)
 */
public class SimulationClock extends Clock {

    private volatile Instant now;

    /** Moves time (forward or back) for everything that reads this clock. */
    public void set(Instant instant) {
        this.now = instant;
    }

    @Override
    public Instant instant() {
        Instant fixed = now;
        return fixed == null ? Instant.now() : fixed;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
