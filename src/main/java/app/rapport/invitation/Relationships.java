package app.rapport.invitation;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.invitation.InvitationException.Reason;
import app.rapport.invitation.Relationship.State;
import app.rapport.member.MemberNotFoundException;
import app.rapport.member.MemberService;

/** The relationship state between a viewer and a profile: {@link PairPolicy}'s verdict, as a profile shows it. */
@Service
class Relationships {

    private final InvitationStore store;
    private final MemberService members;
    private final PairPolicy policy;
    private final Clock clock;

    Relationships(InvitationStore store, MemberService members, PairPolicy policy, Clock clock) {
        this.store = store;
        this.members = members;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Relationship between(String viewer, String other) {
        if (viewer.equals(other)) {
            throw new InvitationException(Reason.INVALID, "Invalid request: with: must be another member than " + viewer);
        }
        for (String id : new String[] {viewer, other}) {
            if (!members.exists(id)) {
                throw new MemberNotFoundException(id);
            }
        }
        Instant now = clock.instant();
        PairState pair = store.pairState(viewer, other, policy.weekStart(now));
        String invitationId = null;
        State state = switch (policy.judge(pair.facts(), pair.sentThisWeek(), now)) {
            case CONNECTED -> State.CONNECTED;
            case PENDING_RECEIVED -> {
                invitationId = pair.pendingReceived();
                yield State.PENDING_RECEIVED;
            }
            case PENDING_SENT -> {
                invitationId = pair.pendingSent();
                yield State.PENDING_SENT;
            }
            case NOT_POSSIBLE, WEEKLY_LIMIT -> State.BLOCKED;
            case OPEN -> State.NONE;
        };
        PairReasons reasons = store.reasons(viewer, other).orElseThrow();
        return new Relationship(viewer, other, state, invitationId, reasons.codes(), reasons);
    }
}
