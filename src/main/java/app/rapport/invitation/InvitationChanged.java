package app.rapport.invitation;

import java.time.Instant;

/**
 * Published (Spring application event) after a transaction that created or answered an invitation commits, on
 * the request's thread, so whoever keeps a copy of the pair facts (the suggestions' in-memory state) is up to
 * date before the 2xx leaves.
 *
 * @param from   the sender
 * @param to     the recipient
 * @param status the invitation's status after the change ({@code PENDING} when it was sent)
 * @param at     when it changed
 */
public record InvitationChanged(String from, String to, InvitationStatus status, Instant at) {
}
