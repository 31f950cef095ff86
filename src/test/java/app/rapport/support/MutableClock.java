package app.rapport.support;

import java.time.Duration;
import java.time.Instant;

import app.rapport.tools.simulation.SimulationClock;

/** A clock tests can move (cool-downs, weekly limits); starts at a fixed instant after each reset. */
public final class MutableClock extends SimulationClock {

    public static final Instant START = Instant.parse("2026-06-01T09:00:00Z");

    public MutableClock() {
        reset();
    }

    public void reset() {
        set(START);
    }

    public void advance(Duration duration) {
        set(instant().plus(duration));
    }
}
