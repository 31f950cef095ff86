package app.rapport.invitation;

import java.time.Instant;

/**
 * What the invitation rules need to know about one ordered pair (sender or viewer first), as read under the
 * pair's locks: {@link PairPolicy.Facts} plus the ids a transition needs.
 *
 * @param pendingSent     id of the first member's pending invitation to the other, or null; an ignored one the
 *                        first member has not withdrawn counts, since to its sender it looks pending
 * @param pendingReceived id of the other's pending invitation to the first member, or null
 * @param ignored         the other ignored an invitation from the first member, ever
 * @param lastWithdrawnAt when the first member last withdrew an invitation to the other, or null
 * @param sentThisWeek    invitations the first member sent in the policy's weekly window
 */
record PairState(boolean connected, String pendingSent, String pendingReceived, boolean ignored,
        Instant lastWithdrawnAt, long sentThisWeek) {

    PairPolicy.Facts facts() {
        return new PairPolicy.Facts(connected, pendingSent != null, pendingReceived != null, ignored, lastWithdrawnAt);
    }
}
