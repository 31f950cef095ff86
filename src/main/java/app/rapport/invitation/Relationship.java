package app.rapport.invitation;

import java.util.List;

/**
 * How a profile's viewer stands with its member (design.md §5 step 1), answered by
 * {@code GET /api/members/{id}/relationship?with={other}}.
 *
 * @param state        what the app shows: Connect (NONE), Pending (PENDING_SENT), Respond
 *                     (PENDING_RECEIVED), Connected, or no button (BLOCKED)
 * @param invitationId the pending invitation for PENDING_SENT / PENDING_RECEIVED, else null
 * @param reasonCodes  the reason codes that hold, in {@link ReasonCode}'s order
 * @param reasons      the reasons themselves: mutual connections by name, shared interests and places
 */
record Relationship(String member, String with, State state, String invitationId, List<ReasonCode> reasonCodes,
        PairReasons reasons) {

    /**
     * BLOCKED means the viewer may not invite now ({@link PairPolicy.Verdict#NOT_POSSIBLE} or
     * {@link PairPolicy.Verdict#WEEKLY_LIMIT}): the other ignored an invitation from them, their withdrawal
     * cool-down runs, or they reached the weekly limit. One state for all three, for the same reason an ignored
     * sender is never told.
     */
    enum State { NONE, PENDING_SENT, PENDING_RECEIVED, CONNECTED, BLOCKED }
}
