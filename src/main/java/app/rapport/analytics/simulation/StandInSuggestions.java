package app.rapport.analytics.simulation;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.config.Cypher;

/**
 * The simulation's suggestions while the suggestion service is on its own branch: friends of friends
 * ranked by mutual connections and shared interests, recorded as simulated impressions per the graph
 * contract. To be replaced by {@code Suggestions.suggest(member, limit, true, true)} once merged.
 */
@Component
class StandInSuggestions {

    private final Neo4jClient neo4j;
    private final Clock clock;

    StandInSuggestions(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    @Transactional
    List<ActivityPort.Candidate> suggest(String memberId, int limit) {
        List<ActivityPort.Candidate> candidates = new ArrayList<>();
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
                    candidates.add(new ActivityPort.Candidate((String) row.get("id"), candidates.size() + 1, mutuals, shared, reasons));
                });
        if (!candidates.isEmpty()) {
            List<Map<String, Object>> rows = candidates.stream().<Map<String, Object>>map(c -> Map.of(
                    "candidate", c.memberId(), "rank", c.rank(), "score", (double) c.mutuals() + c.sharedInterests(),
                    "reasons", c.reasons())).toList();
            neo4j.query(Cypher.query("simulation-impressions"))
                    .bindAll(Map.of("member", memberId, "rows", rows, "shownAt", ZonedDateTime.now(clock))).run();
        }
        return candidates;
    }
}
