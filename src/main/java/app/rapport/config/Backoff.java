package app.rapport.config;

/**
 * The pause before repeating work that failed on a transient error (a deadlock Neo4j detected): doubling from
 * 10 ms up to a ceiling, with jitter, so writers that raced each other do not collide again in step.
 */
public final class Backoff {

    private Backoff() {
    }

    /** Sleeps before attempt {@code attempt + 1}: about {@code min(max, 10 ms × 2^(attempt-1))}, ± half of it. */
    public static void pause(int attempt, long maxPauseMs) {
        try {
            long pause = Math.min(maxPauseMs, 10L << Math.min(attempt - 1, 20));
            Thread.sleep(pause / 2 + (long) (Math.random() * pause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to repeat work after a transient error", e);
        }
    }
}
