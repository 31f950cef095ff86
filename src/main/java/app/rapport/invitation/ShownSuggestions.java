package app.rapport.invitation;

import java.util.List;
import java.util.Optional;

/**
 * What a member was last shown about another member in their "people you may know", so an invitation sent from
 * a suggestion records the rank and reasons its sender actually saw (not what a client claims, nor reasons
 * recomputed later). The suggestion feature, which records what it shows, implements it; invitations only ask.
 */
public interface ShownSuggestions {

    /**
     * The latest time {@code member} was shown {@code candidate}; empty when never.
     * Called inside the sending transaction.
     */
    Optional<Shown> lastShown(String member, String candidate);

    /**
     * @param rank    position in the list shown (1 = first)
     * @param reasons the reason codes shown with it, in the order shown
     */
    record Shown(int rank, List<ReasonCode> reasons) {
    }
}
