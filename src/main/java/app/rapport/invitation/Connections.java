package app.rapport.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.invitation.InvitationException.Reason;
import app.rapport.member.MemberNotFoundException;
import app.rapport.member.MemberService;
import app.rapport.network.ConnectionRemoved;

/** Lists and removes connections; removal runs under the pair's locks like every pair write. */
@Service
class Connections {

    private final InvitationStore store;
    private final PairTransactions pairs;
    private final MemberService members;
    private final Clock clock;

    Connections(InvitationStore store, PairTransactions pairs, MemberService members, Clock clock) {
        this.store = store;
        this.pairs = pairs;
        this.members = members;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Connection> of(String memberId, int offset, int limit) {
        if (!members.exists(memberId)) {
            throw new MemberNotFoundException(memberId);
        }
        return store.connections(memberId, offset, limit);
    }

    /** Removes the connection ({@code ConnectionRemoved} after commit); 404 when they are not connected. */
    void remove(String memberId, String other) {
        pairs.write(memberId, other, () -> {
            if (!store.disconnect(memberId, other)) {
                throw new InvitationException(Reason.NOT_CONNECTED, "You are not connected to member '" + other + "'");
            }
            Instant now = clock.instant();
            pairs.publishAfterCommit(new ConnectionRemoved(memberId, other, now));
            return null;
        });
    }
}
