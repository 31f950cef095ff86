package app.rapport.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.config.Cypher;
import app.rapport.member.MemberNotFoundException;

/** The "My Network" badge (design.md §5 step 5): what is new since the member last looked. */
@Service
class NetworkBadge {

    /**
     * @param invitationsReceived pending invitations received since {@code since}
     * @param invitationsAccepted own invitations accepted since {@code since}
     * @param total               the number on the badge
     * @param since               when the member last marked it seen (null = never)
     */
    record Badge(long invitationsReceived, long invitationsAccepted, long total, Instant since) {
    }

    private final Neo4jClient neo4j;
    private final Clock clock;

    NetworkBadge(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Badge of(String memberId) {
        return neo4j.query(Cypher.query("invitation-badge")).bind(memberId).to("id")
                .fetchAs(Badge.class).mappedBy((t, r) -> {
                    long received = r.get("received").asLong();
                    long accepted = r.get("accepted").asLong();
                    return new Badge(received, accepted, received + accepted, InvitationView.instant(r.get("since")));
                })
                .one().orElseThrow(() -> new MemberNotFoundException(memberId));
    }

    /** Marks everything up to now seen; returns the (now empty) badge. */
    @Transactional
    Badge markSeen(String memberId) {
        neo4j.query(Cypher.query("invitation-badge-seen"))
                .bindAll(Map.of("id", memberId, "now", InvitationStore.iso(clock.instant())))
                .fetch().one().orElseThrow(() -> new MemberNotFoundException(memberId));
        return of(memberId);
    }
}
