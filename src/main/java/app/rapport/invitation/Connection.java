package app.rapport.invitation;

import java.time.Instant;

/** One of a member's connections, as {@code GET /api/members/{id}/connections} lists them. */
record Connection(String id, String firstName, String lastName, String headline, Instant since) {
}
