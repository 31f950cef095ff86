package app.rapport.suggestion;

import java.time.Instant;

/**
 * How often each member was already shown each candidate, and when last: what impression discounting and the
 * {@code shown} feature read per request, and what training on outcomes reads in bulk. Implemented by the
 * in-memory graph's {@link ImpressionCounts} (loaded from the aggregated records at each rebuild, counted by
 * this instance's served lists before they are answered). Nothing here is ever read from Neo4j per request.
 */
interface ImpressionHistory {

    /** What {@code member} was shown (never null; empty when nothing). */
    Shown shownTo(String member);

    /** Every (member, candidate) pair shown, for training on outcomes. */
    void forEach(PairVisitor visitor);

    /** One member's impressions, per candidate. */
    interface Shown {
        Shown NONE = new Shown() {
            @Override
            public int times(String candidate) {
                return 0;
            }

            @Override
            public Instant lastShown(String candidate) {
                return null;
            }
        };

        /** Times shown (so far without an action: acting on a candidate removes it from the member's suggestions). */
        int times(String candidate);

        /** When last shown, or null. */
        Instant lastShown(String candidate);
    }

    @FunctionalInterface
    interface PairVisitor {
        void visit(String member, String candidate, int times, Instant lastShown);
    }
}
