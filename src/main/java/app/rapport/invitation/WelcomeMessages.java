package app.rapport.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import app.rapport.config.Cypher;
import app.rapport.invitation.InvitationException.Reason;
import app.rapport.member.MemberIds;
import app.rapport.member.MemberNotFoundException;
import app.rapport.member.MemberService;

/**
 * Welcome messages (design.md §5 step 6): the member who accepted an invitation may send its sender
 * one welcome message per acceptance. Messages are plain text, stored as {@code (:Message {kind:
 * 'WELCOME'})}; the draft is offered by the note-drafts feature.
 */
@Service
class WelcomeMessages {

    /** The body of {@code POST /api/messages}; the sender is the caller. */
    record SendMessage(
            @NotNull @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String to,
            @NotBlank @Size(max = MAX_LENGTH) String text) {
    }

    /** A stored message. */
    record Message(String id, String from, String to, String text, String kind, Instant sentAt) {
    }

    static final int MAX_LENGTH = 2000;

    private final Neo4jClient neo4j;
    private final PairTransactions pairs;
    private final MemberService members;
    private final Clock clock;

    WelcomeMessages(Neo4jClient neo4j, PairTransactions pairs, MemberService members, Clock clock) {
        this.neo4j = neo4j;
        this.pairs = pairs;
        this.members = members;
        this.clock = clock;
    }

    Message send(String from, SendMessage request) {
        String to = request.to();
        if (!members.exists(from)) {
            throw new MemberNotFoundException(from);
        }
        // Under the pair's locks so two racing sends cannot both pass the once-per-acceptance check.
        return pairs.write(from, to, () -> {
            Map<String, Object> pair = Map.of("from", from, "to", to);
            WelcomeState state = neo4j.query(Cypher.query("invitation-welcome-state")).bindAll(pair)
                    .fetchAs(WelcomeState.class).mappedBy((t, r) -> new WelcomeState(r.get("connected").asBoolean(),
                            !r.get("acceptedAt").isNull(), r.get("welcomed").asBoolean()))
                    .one().orElseThrow();
            if (!state.connected() || !state.accepted()) {
                throw new InvitationException(Reason.MESSAGE_NOT_ALLOWED,
                        "A welcome message can only go to a connection whose invitation you accepted");
            }
            if (state.welcomed()) {
                throw new InvitationException(Reason.MESSAGE_NOT_ALLOWED, "You already welcomed member '" + to + "'");
            }
            Instant now = clock.instant();
            return neo4j.query(Cypher.query("invitation-welcome-create"))
                    .bindAll(Map.of("from", from, "to", to, "id", UUID.randomUUID().toString(),
                            "text", request.text().strip(), "now", InvitationStore.iso(now)))
                    .fetchAs(Message.class).mappedBy((t, r) -> {
                        var m = r.get("message");
                        return new Message(m.get("id").asString(), m.get("from").asString(), m.get("to").asString(),
                                m.get("text").asString(), m.get("kind").asString(), InvitationView.instant(m.get("sentAt")));
                    })
                    .one().orElseThrow();
        });
    }

    private record WelcomeState(boolean connected, boolean accepted, boolean welcomed) {
    }
}
