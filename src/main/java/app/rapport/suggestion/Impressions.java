package app.rapport.suggestion;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.config.Cypher;
import app.rapport.invitation.ReasonCode;
import app.rapport.invitation.ShownSuggestions;

/**
 * What members were shown: one {@code SuggestionImpression} per suggestion per list served (for the funnel,
 * and for the invitation sent from a suggestion, {@link #lastShown}). The one place that writes and reads
 * impressions, so a different storage of them changes only this class.
 */
@Component
class Impressions implements ShownSuggestions {

    private final Neo4jClient neo4j;
    private final Clock clock;

    Impressions(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    @Transactional
    void record(String memberId, List<Suggestion> suggestions, boolean simulated) {
        List<Map<String, Object>> rows = suggestions.stream().map(s -> Map.<String, Object>of(
                "candidate", s.memberId(), "rank", s.rank(), "score", s.score(), "reasons", s.reasons().stream().map(ReasonCode::name).toList())).toList();
        neo4j.query(Cypher.query("suggestion-impressions")).bindAll(Map.of(
                "member", memberId, "rows", rows, "shownAt", ZonedDateTime.now(clock), "simulated", simulated)).run();
    }

    @Override
    public Optional<Shown> lastShown(String member, String candidate) {
        return neo4j.query(Cypher.query("suggestion-last-shown")).bindAll(Map.of("member", member, "candidate", candidate))
                .fetchAs(Shown.class).mappedBy((t, r) -> new Shown(r.get("rank").asInt(),
                        r.get("reasons").asList(v -> ReasonCode.valueOf(v.asString()))))
                .one();
    }
}
