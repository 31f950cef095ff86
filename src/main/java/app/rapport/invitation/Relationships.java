package app.rapport.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.invitation.InvitationException.Reason;
import app.rapport.invitation.Relationship.State;
import app.rapport.member.MemberNotFoundException;
import app.rapport.member.MemberService;

/** The relationship state between a viewer and a profile, by the same rules {@link Invitations} enforces. */
@Service
class Relationships {

    private final InvitationStore store;
    private final MemberService members;
    private final InvitationSettings settings;
    private final Clock clock;

    Relationships(InvitationStore store, MemberService members, InvitationSettings settings, Clock clock) {
        this.store = store;
        this.members = members;
        this.settings = settings;
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
        PairState pair = store.pairState(viewer, other, now.minus(Duration.ofDays(7)));
        State state;
        String invitationId = null;
        if (pair.connected()) {
            state = State.CONNECTED;
        } else if (pair.pendingReceived() != null) {
            state = State.PENDING_RECEIVED;
            invitationId = pair.pendingReceived();
        } else if (pair.pendingSent() != null) {
            state = State.PENDING_SENT;
            invitationId = pair.pendingSent();
        } else if (pair.ignored() || coolingDown(pair, now) || pair.sentThisWeek() >= settings.weeklyLimit()) {
            state = State.BLOCKED;
        } else {
            state = State.NONE;
        }
        PairReasons reasons = store.reasons(viewer, other).orElseThrow();
        return new Relationship(viewer, other, state, invitationId, reasons.codes(), reasons);
    }

    private boolean coolingDown(PairState pair, Instant now) {
        return pair.lastWithdrawnAt() != null && pair.lastWithdrawnAt().plus(settings.withdrawCooldown()).isAfter(now);
    }
}
