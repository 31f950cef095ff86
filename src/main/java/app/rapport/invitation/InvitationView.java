package app.rapport.invitation;

import java.time.Instant;
import java.util.List;

import org.neo4j.driver.Value;

import app.rapport.note.NoteKind;

/**
 * An invitation as the API and other features see it (the graph contract's fields).
 *
 * @param suggestionRank    for source SUGGESTION: the rank of the suggestion its sender was last shown for the
 *                          recipient, or null when they were never shown one
 * @param suggestionReasons the reasons its sender was shown: for SUGGESTION those of that suggestion (strongest
 *                          first), for PROFILE the profile view's ({@code GET …/relationship}) at send time
 * @param mutualConnections mutual connections when it was sent
 * @param simulated         created by the {@code simulate} command, not by a member
 *                          <p>
 *                          The recipient's view ({@link #forRecipient()}) leaves out what only analytics needs: the note's kind,
 *                          the suggestion's rank and reasons (what the sender was shown) and {@code simulated}. The sender
 *                          never sees IGNORED: see {@code invitation-list-sent.cypher}.
 */
public record InvitationView(
        String id,
        String from,
        String to,
        InvitationStatus status,
        String note,
        NoteKind noteKind,
        InvitationSource source,
        Instant sentAt,
        Instant answeredAt,
        Integer suggestionRank,
        List<ReasonCode> suggestionReasons,
        int mutualConnections,
        Boolean simulated) {

    /** What the recipient is shown: without the sender's analytics fields (null fields are left out of JSON). */
    InvitationView forRecipient() {
        return new InvitationView(id, from, to, status, note, null, source, sentAt, answeredAt, null, null,
                mutualConnections, null);
    }

    /** From a {@code i {.*, from: a.id, to: b.id}} map projection. */
    static InvitationView of(Value v) {
        return new InvitationView(
                v.get("id").asString(),
                v.get("from").asString(),
                v.get("to").asString(),
                InvitationStatus.valueOf(v.get("status").asString()),
                v.get("note").asString(null),
                v.get("noteKind").isNull() ? null : NoteKind.valueOf(v.get("noteKind").asString()),
                InvitationSource.valueOf(v.get("source").asString()),
                instant(v.get("sentAt")),
                instant(v.get("answeredAt")),
                v.get("suggestionRank").isNull() ? null : v.get("suggestionRank").asInt(),
                v.get("suggestionReasons").isNull() ? List.of() : v.get("suggestionReasons").asList(r -> ReasonCode.valueOf(r.asString())),
                v.get("mutualConnections").isNull() ? 0 : v.get("mutualConnections").asInt(),
                v.get("simulated").asBoolean(false));
    }

    static Instant instant(Value v) {
        return v == null || v.isNull() ? null : v.asZonedDateTime().toInstant();
    }
}
