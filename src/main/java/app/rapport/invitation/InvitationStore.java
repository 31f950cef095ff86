package app.rapport.invitation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.config.Cypher;

/** The invitation feature's reads and writes; the callers own the transactions and the rules. */
@Component
class InvitationStore {

    private final Neo4jClient neo4j;

    InvitationStore(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The facts {@link PairPolicy} judges; {@code weekStart} from {@link PairPolicy#weekStart}. */
    PairState pairState(String from, String to, Instant weekStart) {
        return neo4j.query(Cypher.query("invitation-pair-state"))
                .bindAll(Map.of("from", from, "to", to, "weekStart", iso(weekStart)))
                .fetchAs(PairState.class).mappedBy((t, r) -> new PairState(
                        r.get("connected").asBoolean(),
                        r.get("pendingSent").asString(null),
                        r.get("pendingReceived").asString(null),
                        r.get("ignored").asBoolean(),
                        InvitationView.instant(r.get("lastWithdrawnAt")),
                        r.get("sentThisWeek").asLong()))
                .one().orElseThrow();
    }

    Optional<PairReasons> reasons(String a, String b) {
        return neo4j.query(Cypher.query("invitation-pair-reasons")).bindAll(Map.of("a", a, "b", b))
                .fetchAs(PairReasons.class).mappedBy((t, r) -> new PairReasons(
                        r.get("mutualCount").asInt(),
                        r.get("mutual").asList(v -> new PairReasons.Person(v.get("id").asString(),
                                v.get("firstName").asString(null), v.get("lastName").asString(null))),
                        r.get("interests").asList(Value::asString),
                        r.get("companies").asList(Value::asString),
                        r.get("schools").asList(Value::asString),
                        r.get("cities").asList(Value::asString)))
                .one();
    }

    InvitationView create(String from, String to, Map<String, Object> invitation, Instant now) {
        return neo4j.query(Cypher.query("invitation-create"))
                .bindAll(Map.of("from", from, "to", to, "inv", invitation, "now", iso(now)))
                .fetchAs(InvitationView.class).mappedBy((t, r) -> InvitationView.of(r.get("invitation")))
                .one().orElseThrow();
    }

    Optional<InvitationView> find(String id) {
        return neo4j.query(Cypher.query("invitation-find")).bind(id).to("id")
                .fetchAs(InvitationView.class).mappedBy((t, r) -> InvitationView.of(r.get("invitation")))
                .one();
    }

    /** Answers a pending invitation; empty when it was not pending. */
    Optional<InvitationView> answer(String id, InvitationStatus status, Instant now) {
        return neo4j.query(Cypher.query("invitation-answer"))
                .bindAll(Map.of("id", id, "status", status.name(), "now", iso(now)))
                .fetchAs(InvitationView.class).mappedBy((t, r) -> InvitationView.of(r.get("invitation")))
                .one();
    }

    /**
     * The sender withdraws an invitation that was ignored (to them it looked pending): the view as the sender now
     * sees it (WITHDRAWN); empty when it is not such an invitation.
     */
    Optional<InvitationView> withdrawIgnored(String id, Instant now) {
        return neo4j.query(Cypher.query("invitation-withdraw-ignored"))
                .bindAll(Map.of("id", id, "now", iso(now)))
                .fetchAs(InvitationView.class).mappedBy((t, r) -> InvitationView.of(r.get("invitation")))
                .one();
    }

    /** True when a connection was created (false: they were connected already). */
    boolean connect(String inviter, String accepter, Instant now) {
        return neo4j.query(Cypher.query("invitation-connect"))
                .bindAll(Map.of("a", inviter, "b", accepter, "now", iso(now)))
                .fetchAs(Long.class).mappedBy((t, r) -> r.get("created").asLong()).one().orElse(0L) > 0;
    }

    boolean disconnect(String a, String b) {
        return neo4j.query(Cypher.query("invitation-disconnect")).bindAll(Map.of("a", a, "b", b))
                .fetchAs(Long.class).mappedBy((t, r) -> r.get("removed").asLong()).one().orElse(0L) > 0;
    }

    @Transactional(readOnly = true)
    Collection<InvitationView> list(String member, boolean received, InvitationStatus status, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("member", member);
        params.put("status", status == null ? null : status.name());
        params.put("limit", limit);
        return neo4j.query(Cypher.query(received ? "invitation-list-received" : "invitation-list-sent"))
                .bindAll(params)
                .fetchAs(InvitationView.class).mappedBy((t, r) -> InvitationView.of(r.get("invitation")))
                .all();
    }

    List<Connection> connections(String member, int offset, int limit) {
        return List.copyOf(neo4j.query(Cypher.query("invitation-connections"))
                .bindAll(Map.of("id", member, "offset", offset, "limit", limit))
                .fetchAs(Connection.class).mappedBy((t, r) -> new Connection(r.get("id").asString(),
                        r.get("firstName").asString(null), r.get("lastName").asString(null),
                        r.get("headline").asString(null), InvitationView.instant(r.get("since"))))
                .all());
    }

    static String iso(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toString();
    }
}
