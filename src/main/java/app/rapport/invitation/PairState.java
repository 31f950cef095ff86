package app.rapport.invitation;

import java.time.Instant;

/**
 * What the rules need to know about one ordered pair (sender or viewer first).
 *
 * @param pendingSent     id of the first member's pending invitation to the other, or null
 * @param pendingReceived id of the other's pending invitation to the first member, or null
 * @param ignored         the other ignored an invitation from the first member, ever
 * @param lastWithdrawnAt when the first member last withdrew an invitation to the other, or null
 * @param sentThisWeek    invitations the first member sent in the last 7 days
 */
record PairState(boolean connected, String pendingSent, String pendingReceived, boolean ignored,
        Instant lastWithdrawnAt, long sentThisWeek) {
}
