package app.rapport.analytics.simulation;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.config.Cypher;
import app.rapport.note.NoteKind;

/**
 * The simulation's writes straight against the graph contract (design §4), stamped with the injected
 * clock. A stand-in while the invitation and suggestion services are on their own branches; once they
 * are merged the simulation goes through them instead (see the report on the analytics branch).
 */
@Component
class GraphContractActivity implements ActivityPort {

    private final Neo4jClient neo4j;
    private final Clock clock;

    GraphContractActivity(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<Candidate> suggest(String memberId, int limit) {
        List<Candidate> candidates = new ArrayList<>();
        neo4j.query(Cypher.query("simulation-candidates")).bindAll(Map.of("member", memberId, "limit", limit))
                .fetch().all().forEach(row -> {
                    int mutuals = ((Number) row.get("mutuals")).intValue();
                    int shared = ((Number) row.get("shared")).intValue();
                    List<String> reasons = new ArrayList<>();
                    if (mutuals > 0) reasons.add("MUTUAL_CONNECTIONS");
                    if (shared > 0) reasons.add("SHARED_INTERESTS");
                    if (Boolean.TRUE.equals(row.get("sameCompany"))) reasons.add("SAME_COMPANY");
                    if (Boolean.TRUE.equals(row.get("sameSchool"))) reasons.add("SAME_SCHOOL");
                    if (Boolean.TRUE.equals(row.get("sameCity"))) reasons.add("SAME_CITY");
                    candidates.add(new Candidate((String) row.get("id"), candidates.size() + 1, mutuals, shared, reasons));
                });
        if (!candidates.isEmpty()) {
            List<Map<String, Object>> rows = candidates.stream().<Map<String, Object>>map(c -> Map.of(
                    "candidate", c.memberId(), "rank", c.rank(), "score", (double) c.mutuals() + c.sharedInterests(),
                    "reasons", c.reasons())).toList();
            neo4j.query(Cypher.query("simulation-impressions"))
                    .bindAll(Map.of("member", memberId, "rows", rows, "shownAt", now())).run();
        }
        return candidates;
    }

    @Override
    @Transactional
    public Optional<Sent> invite(String fromId, String toId, String note, NoteKind intendedKind, Candidate candidate) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("from", fromId);
        params.put("to", toId);
        params.put("note", note);
        params.put("noteKind", intendedKind.name());
        params.put("source", candidate == null ? "PROFILE" : "SUGGESTION");
        params.put("rank", candidate == null ? null : candidate.rank());
        params.put("reasons", candidate == null ? List.of() : candidate.reasons());
        params.put("now", now());
        return neo4j.query(Cypher.query("simulation-invite")).bindAll(params)
                .fetchAs(Integer.class).mappedBy((t, r) -> r.get("mutuals").asInt()).one()
                .map(mutuals -> new Sent(id, mutuals));
    }

    @Override
    public boolean accept(String recipientId, String invitationId) {
        return answer(invitationId, recipientId, "ACCEPTED");
    }

    @Override
    public boolean ignore(String recipientId, String invitationId) {
        return answer(invitationId, recipientId, "IGNORED");
    }

    @Override
    public boolean withdraw(String senderId, String invitationId) {
        return answer(invitationId, senderId, "WITHDRAWN");
    }

    /** One statement, so one auto-committed transaction; a stale id or the wrong actor changes nothing. */
    boolean answer(String invitationId, String actor, String status) {
        return neo4j.query(Cypher.query("simulation-answer"))
                .bindAll(Map.of("id", invitationId, "actor", actor, "status", status, "now", now()))
                .fetchAs(Long.class).mappedBy((t, r) -> r.get("changed").asLong()).one().orElse(0L) > 0;
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }
}
