package app.rapport.invitation;

import java.time.Instant;
import java.util.List;

import org.neo4j.driver.Value;

import app.rapport.note.NoteKind;

/**
 * An invitation as the API and other features see it (the graph contract's fields).
 *
 * @param suggestionReasons which of MUTUAL_CONNECTIONS, SHARED_INTERESTS, SAME_COMPANY, SAME_SCHOOL,
 *                          SAME_CITY held for the pair when it was sent
 * @param mutualConnections mutual connections when it was sent
 * @param simulated         created by the {@code simulate} command, not by a member
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
        List<String> suggestionReasons,
        int mutualConnections,
        boolean simulated) {

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
                v.get("suggestionReasons").isNull() ? List.of() : v.get("suggestionReasons").asList(Value::asString),
                v.get("mutualConnections").isNull() ? 0 : v.get("mutualConnections").asInt(),
                v.get("simulated").asBoolean(false));
    }

    static Instant instant(Value v) {
        return v == null || v.isNull() ? null : v.asZonedDateTime().toInstant();
    }
}
