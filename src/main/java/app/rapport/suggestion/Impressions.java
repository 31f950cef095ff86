package app.rapport.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import app.rapport.config.Cypher;
import app.rapport.experiment.Assignment;
import app.rapport.invitation.ReasonCode;
import app.rapport.invitation.ShownSuggestions;

/**
 * What members were shown. A served list is counted in memory at once ({@link ImpressionCounts}, before the
 * answer leaves) and queued for the aggregated write behind ({@link ImpressionWriter}). The one place that
 * writes and reads impressions, so a different storage of them changes only this class and the writer.
 */
@Component
class Impressions implements ShownSuggestions {

    private final Neo4jClient neo4j;
    private final ImpressionWriter writer;
    private final MemberGraphStore graphs;
    private final Clock clock;

    Impressions(Neo4jClient neo4j, ImpressionWriter writer, MemberGraphStore graphs, Clock clock) {
        this.neo4j = neo4j;
        this.writer = writer;
        this.graphs = graphs;
        this.clock = clock;
    }

    /**
     * Never waits for Neo4j; a full queue drops the views (counted) but the in-memory counts still see them.
     * Queued first, counted second: a rebuild starting meanwhile either writes these views before it loads the
     * counts or replays them onto its graph ({@link MemberGraphStore#shown}).
     */
    void record(MemberGraph g, String memberId, List<Suggestion> suggestions, boolean simulated, Assignment arm) {
        Instant now = clock.instant();
        String experiment = arm == null ? null : arm.experiment();
        String armName = arm == null ? null : arm.arm();
        writer.offer(suggestions.stream().map(s -> new ImpressionWriter.View(memberId, s.memberId(), simulated, now, s.rank(),
                s.score(), s.reasons(), experiment, armName)).toList());
        graphs.shown(g, suggestions.stream().map(s -> new GraphChanges.Shown(memberId, s.memberId(), now, s.rank(), s.reasons())).toList());
    }

    void flush() {
        writer.flush();
    }

    /**
     * This instance's memory first (it knows its own views before they are written), else the stored records
     * (views served by another instance since this one's last rebuild).
     */
    @Override
    public Optional<Shown> lastShown(String member, String candidate) {
        Optional<ImpressionCounts.Seen> seen = graphs.current().impressions.seen(member, candidate);
        if (seen.isPresent()) {
            return seen.map(s -> new Shown(s.lastRank(), s.reasons()));
        }
        return stored(member, candidate);
    }

    private Optional<Shown> stored(String member, String candidate) {
        return neo4j.query(Cypher.query("suggestion-last-shown")).bindAll(Map.of("member", member, "candidate", candidate))
                .fetchAs(Shown.class).mappedBy((t, r) -> new Shown(r.get("rank").asInt(),
                        r.get("reasons").asList(v -> ReasonCode.valueOf(v.asString()))))
                .one();
    }
}
