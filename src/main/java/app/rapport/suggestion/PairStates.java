package app.rapport.suggestion;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import app.rapport.invitation.InvitationStatus;
import app.rapport.invitation.PairPolicy;

/**
 * Per member, the facts about other members that decide whom suggestions leave out: invitations pending either
 * way, invitations of theirs that were ignored, their last withdrawal (with its time: the cool-down is judged at
 * request time by {@link PairPolicy}), and dismissals. Part of a {@link MemberGraph}: loaded with it at every
 * rebuild, then kept current by this instance's committed changes ({@link MemberGraphStore}) before their 2xx.
 * Keyed by member id, so it also holds members the numbered graph does not know yet.
 */
final class PairStates {

    /** What the first member of an ordered pair knows about the second; connections live in the adjacency. */
    record Pair(boolean pendingSent, boolean pendingReceived, boolean ignored, Instant lastWithdrawnAt, boolean dismissed) {

        static final Pair NONE = new Pair(false, false, false, null, false);

        PairPolicy.Facts facts() {
            return new PairPolicy.Facts(false, pendingSent, pendingReceived, ignored, lastWithdrawnAt);
        }

        Pair withdrawnAt(Instant at) {
            Instant last = lastWithdrawnAt == null || at.isAfter(lastWithdrawnAt) ? at : lastWithdrawnAt;
            return new Pair(false, pendingReceived, ignored, last, dismissed);
        }
    }

    private final Map<String, Map<String, Pair>> byMember = new ConcurrentHashMap<>();

    /** The pairs of one member (other member id → facts); empty when there are none. Read-only for callers. */
    Map<String, Pair> of(String member) {
        Map<String, Pair> pairs = byMember.get(member);
        return pairs == null ? Map.of() : pairs;
    }

    /**
     * A live change of one invitation, applied in the order this instance committed them. Idempotent: the
     * status after the change says what to set, so replaying it onto a graph loaded meanwhile changes nothing.
     */
    void invitation(String from, String to, InvitationStatus status, Instant at) {
        switch (status) {
            case PENDING -> {
                update(from, to, p -> new Pair(true, p.pendingReceived, p.ignored, p.lastWithdrawnAt, p.dismissed));
                update(to, from, p -> new Pair(p.pendingSent, true, p.ignored, p.lastWithdrawnAt, p.dismissed));
            }
            case ACCEPTED -> clearPending(from, to);
            case IGNORED -> {
                clearPending(from, to);
                update(from, to, p -> new Pair(p.pendingSent, p.pendingReceived, true, p.lastWithdrawnAt, p.dismissed));
            }
            case WITHDRAWN -> {
                clearPending(from, to);
                update(from, to, p -> p.withdrawnAt(at));
            }
        }
    }

    /**
     * One stored invitation at load time, in any order: only sets facts (a pair may have an old withdrawn
     * invitation and a newer pending one; neither may undo the other).
     */
    void loaded(String from, String to, InvitationStatus status, Instant at) {
        switch (status) {
            case PENDING -> invitation(from, to, status, at);
            case IGNORED -> update(from, to, p -> new Pair(p.pendingSent, p.pendingReceived, true, p.lastWithdrawnAt, p.dismissed));
            case WITHDRAWN -> update(from, to, p -> {
                Pair w = p.withdrawnAt(at);
                return new Pair(p.pendingSent, w.pendingReceived, w.ignored, w.lastWithdrawnAt, w.dismissed);
            });
            case ACCEPTED -> { }
        }
    }

    void dismissed(String member, String other) {
        update(member, other, p -> new Pair(p.pendingSent, p.pendingReceived, p.ignored, p.lastWithdrawnAt, true));
    }

    private void clearPending(String from, String to) {
        update(from, to, p -> new Pair(false, p.pendingReceived, p.ignored, p.lastWithdrawnAt, p.dismissed));
        update(to, from, p -> new Pair(p.pendingSent, false, p.ignored, p.lastWithdrawnAt, p.dismissed));
    }

    private void update(String member, String other, UnaryOperator<Pair> change) {
        byMember.computeIfAbsent(member, k -> new ConcurrentHashMap<>())
                .compute(other, (k, p) -> change.apply(p == null ? Pair.NONE : p));
    }
}
