package app.rapport.suggestion;

import java.time.Instant;
import java.util.List;

/**
 * How often each member was already shown each candidate, and when last: what impression discounting and the
 * {@code shown} feature read per request, and what training on outcomes reads in bulk. The seam with issue 12
 * (member-state contract): the interim implementation, {@link ImpressionCounts}, counts the
 * {@code SuggestionImpression} nodes in bulk with every build of the in-memory graph and adds this instance's
 * served lists as they go out; issue 12 replaces it with its aggregated, write-behind counters. Nothing here is
 * ever read from Neo4j per request.
 */
interface ImpressionHistory {

    /** What {@code member} was shown (never null; empty when nothing). */
    Shown shownTo(String member);

    /** This instance served {@code candidates} to {@code member} at {@code at}: count them (before the answer returns). */
    void served(String member, List<String> candidates, Instant at);

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
