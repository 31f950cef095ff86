package app.rapport.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Service;

import app.rapport.member.MemberNotFoundException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * "People you may know": the one entry point used by the API, the analytics simulation, {@code evaluate}
 * and {@code bench}. Per request: one small read of the member (own connections, profile, exclusions) from
 * Neo4j so exclusions are always current ({@link ViewerStore}), the ranking over the in-memory graph
 * ({@link Ranking}: stage 1, the ranker asked for, impression discounting), the explanations, then — when
 * asked — the impressions in a separate write ({@link Impressions}) and in the in-memory counts.
 */
@Service
public class Suggestions {

    /** The largest list one call may ask for. */
    static final int MAX_LIMIT = 1000;

    private final ViewerStore viewers;
    private final Impressions impressions;
    private final MemberGraphStore graphs;
    private final Rankers rankers;
    private final Ranking ranking;
    private final ImpressionHistory history;
    private final Clock clock;
    private final Timer served;
    private final Timer unknownMember;
    private final Timer failed;

    Suggestions(ViewerStore viewers, Impressions impressions, MemberGraphStore graphs, SuggestionSettings settings,
            RankingSettings ranking, Rankers rankers, ImpressionHistory history, Clock clock, MeterRegistry meters) {
        this.viewers = viewers;
        this.impressions = impressions;
        this.graphs = graphs;
        this.rankers = rankers;
        this.ranking = new Ranking(new Scorer(settings), ranking);
        this.history = history;
        this.clock = clock;
        this.served = timer(meters, "served");
        this.unknownMember = timer(meters, "member_not_found");
        this.failed = timer(meters, "failed");
    }

    /** {@code rapport.suggestions}: the whole call (Neo4j read, ranking, explanations, impressions), with a histogram. */
    private static Timer timer(MeterRegistry meters, String outcome) {
        return Timer.builder("rapport.suggestions").description("Time to compute one member's suggestions")
                .tag("outcome", outcome).publishPercentileHistogram().register(meters);
    }

    /**
     * The member's top suggestions with explanations, best first, by the ranker that serves by default
     * ({@link Rankers#served()}).
     *
     * @param recordImpressions write one {@code SuggestionImpression} per suggestion shown
     * @param simulated         mark those impressions as coming from a simulation
     * @throws MemberNotFoundException when no member has the id
     */
    public List<Suggestion> suggest(String memberId, int limit, boolean recordImpressions, boolean simulated) {
        return suggest(memberId, limit, rankers.served(), recordImpressions, simulated);
    }

    /** As {@link #suggest(String, int, boolean, boolean)} with the given ranker (an experiment's arm, the evaluation). */
    public List<Suggestion> suggest(String memberId, int limit, Ranker ranker, boolean recordImpressions, boolean simulated) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        long start = System.nanoTime();
        Timer outcome = failed;
        try {
            List<Suggestion> suggestions = rank(memberId, limit, ranker, recordImpressions, simulated);
            outcome = served;
            return suggestions;
        } catch (MemberNotFoundException e) {
            outcome = unknownMember;
            throw e;
        } finally {
            outcome.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private List<Suggestion> rank(String memberId, int limit, Ranker ranker, boolean recordImpressions, boolean simulated) {
        Viewer viewer = viewers.viewer(memberId);
        MemberGraph g = graphs.current();
        Viewer.Resolved resolved = viewer.resolve(g);
        Instant now = clock.instant();
        List<Suggestion> suggestions = Explainer.explain(g, resolved,
                ranking.top(g, resolved, ranker, limit, history.shownTo(memberId), now), ranker.name());
        if (recordImpressions && !suggestions.isEmpty()) {
            impressions.record(memberId, suggestions, simulated);
            history.served(memberId, suggestions.stream().map(Suggestion::memberId).toList(), now);
        }
        return suggestions;
    }

    /** "Not interested": the other member is not suggested again. */
    void dismiss(String memberId, String otherId) {
        if (memberId.equals(otherId)) {
            throw new IllegalArgumentException("a member cannot dismiss themself");
        }
        if (!viewers.dismiss(memberId, otherId)) {
            throw new MemberNotFoundException(otherId);
        }
    }
}
