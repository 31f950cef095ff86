package app.rapport.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.config.ChangeLog;
import app.rapport.config.Cypher;
import app.rapport.invitation.PairPolicy;
import app.rapport.member.MemberNotFoundException;

/**
 * The requesting member's own state read from Neo4j, for a member the in-memory graph does not know yet (members
 * it knows are served from memory, {@link Viewer#remembered}): profile keys, connections, and whom to leave out — those {@link PairPolicy} hides (pending either way, ignored, in the
 * withdrawal cool-down) and those they dismissed. Also writes dismissals.
 */
@Component
class ViewerStore {

    private final Neo4jClient neo4j;
    private final PairPolicy policy;
    private final Clock clock;
    private final ChangeLog changes;

    ViewerStore(Neo4jClient neo4j, PairPolicy policy, Clock clock, ChangeLog changes) {
        this.changes = changes;
        this.neo4j = neo4j;
        this.policy = policy;
        this.clock = clock;
    }

    /** One read transaction (a cluster may serve it from a secondary); only for members newer than the graph. */
    @Transactional(readOnly = true)
    Viewer viewer(String memberId) {
        Instant now = clock.instant();
        return neo4j.query(Cypher.query("suggestion-viewer"))
                .bindAll(Map.of("id", memberId, "withdrawnSince", ZonedDateTime.ofInstant(policy.cooldownStart(now), ZoneOffset.UTC)))
                .fetchAs(Viewer.class).mappedBy((t, r) -> new Viewer(memberId, strings(r.get("connections")),
                        strings(r.get("interests")), strings(r.get("organizations")), strings(r.get("places")),
                        excluded(r.get("sent"), strings(r.get("pendingReceived")), strings(r.get("dismissed")), now)))
                .one().orElseThrow(() -> new MemberNotFoundException(memberId));
    }

    /** "Not interested"; false when the other member does not exist. */
    @Transactional
    boolean dismiss(String memberId, String otherId) {
        long written = neo4j.query(Cypher.query("suggestion-dismiss"))
                .bindAll(Map.of("id", memberId, "other", otherId, "at", ZonedDateTime.now(clock)))
                .fetchAs(Long.class).mappedBy((t, r) -> r.get("dismissed").asLong()).one().orElse(0L);
        if (written > 0) {
            changes.append("dismissed", Map.of("a", memberId, "b", otherId, "at", ZonedDateTime.now(clock)));
        }
        return written > 0;
    }

    /** Everyone the policy hides, from the member's invitations both ways, plus the dismissed. */
    private List<String> excluded(Value sent, List<String> pendingReceived, List<String> dismissed, Instant now) {
        Map<String, FactsBuilder> pairs = new HashMap<>();
        for (Value invitation : sent.values()) {
            FactsBuilder pair = pairs.computeIfAbsent(invitation.get("other").asString(), k -> new FactsBuilder());
            switch (invitation.get("status").asString()) {
                case "PENDING" -> pair.pendingSent = true;
                case "IGNORED" -> pair.ignored = true;
                case "WITHDRAWN" -> pair.withdrawn(invitation.get("at").asZonedDateTime().toInstant());
                default -> { }
            }
        }
        pendingReceived.forEach(other -> pairs.computeIfAbsent(other, k -> new FactsBuilder()).pendingReceived = true);
        Set<String> excluded = new LinkedHashSet<>(dismissed);
        pairs.forEach((other, facts) -> {
            if (policy.hidesFromSuggestions(facts.build(), now)) {
                excluded.add(other);
            }
        });
        return List.copyOf(excluded);
    }

    private static List<String> strings(Value list) {
        return list.asList(Value::asString);
    }

    /** Facts about (viewer, other) collected from several invitation rows; connections are excluded apart. */
    private static final class FactsBuilder {
        boolean pendingSent;
        boolean pendingReceived;
        boolean ignored;
        Instant lastWithdrawnAt;

        void withdrawn(Instant at) {
            if (lastWithdrawnAt == null || at.isAfter(lastWithdrawnAt)) {
                lastWithdrawnAt = at;
            }
        }

        PairPolicy.Facts build() {
            return new PairPolicy.Facts(false, pendingSent, pendingReceived, ignored, lastWithdrawnAt);
        }
    }
}
