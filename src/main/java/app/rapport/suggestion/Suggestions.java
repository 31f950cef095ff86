package app.rapport.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Service;

import app.rapport.experiment.Assignment;
import app.rapport.experiment.ExperimentKind;
import app.rapport.experiment.Experiments;
import app.rapport.invitation.PairPolicy;
import app.rapport.member.MemberNotFoundException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * "People you may know": the one entry point used by the API, the analytics simulation, {@code evaluate}
 * and {@code bench}. Per request: the member's connections, profile keys and exclusions from the in-memory
 * graph (kept current by this instance's committed changes; a member newer than the graph is read from Neo4j
 * once per request until the next rebuild), the ranking over the in-memory graph ({@link Ranking}: stage 1,
 * the ranker asked for, impression discounting), the explanations, then — when asked — the impressions
 * ({@link Impressions}: counted in memory at once, written behind, aggregated).
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
    private final PairPolicy policy;
    private final Clock clock;
    private final Timer served;
    private final Timer unknownMember;
    private final Timer failed;
    private final Experiments experiments;
    private final Counter learnedFallback;

    Suggestions(ViewerStore viewers, Impressions impressions, MemberGraphStore graphs, SuggestionSettings settings,
            RankingSettings ranking, Rankers rankers, PairPolicy policy, Experiments experiments, Clock clock, MeterRegistry meters) {
        this.experiments = experiments;
        this.learnedFallback = Counter.builder("rapport.experiments.learned.fallback")
                .description("Lists of a 'learned' experiment arm served by the formula because no model is promoted")
                .register(meters);
        this.policy = policy;
        this.viewers = viewers;
        this.impressions = impressions;
        this.graphs = graphs;
        this.rankers = rankers;
        this.ranking = new Ranking(new Scorer(settings), ranking);
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
     * The member's top suggestions with explanations, best first: while a RANKER experiment runs, by the ranker
     * of the member's arm (recorded on the impressions), else by the ranker that serves by default
     * ({@link Rankers#served()}). A {@code learned} arm while no model is promoted is served by the formula
     * (the list says {@code ranker: formula}; counted in {@code rapport_experiments_learned_fallback_total}).
     *
     * @param recordImpressions count the list as shown (in memory now, written behind, aggregated)
     * @param simulated         mark those impressions as coming from a simulation
     * @throws MemberNotFoundException when no member has the id
     */
    public List<Suggestion> suggest(String memberId, int limit, boolean recordImpressions, boolean simulated) {
        Assignment arm = experiments.arm(ExperimentKind.RANKER, memberId).orElse(null);
        return suggest(memberId, limit, arm == null ? rankers.served() : armRanker(arm), arm, recordImpressions, simulated);
    }

    private Ranker armRanker(Assignment arm) {
        if ("learned".equals(arm.arm()) && rankers.promoted().isEmpty()) {
            learnedFallback.increment();
        }
        return rankers.named(arm.arm());
    }

    /** As {@link #suggest(String, int, boolean, boolean)} with the given ranker (the evaluation, the bench); outside any experiment. */
    public List<Suggestion> suggest(String memberId, int limit, Ranker ranker, boolean recordImpressions, boolean simulated) {
        return suggest(memberId, limit, ranker, null, recordImpressions, simulated);
    }

    private List<Suggestion> suggest(String memberId, int limit, Ranker ranker, Assignment arm, boolean recordImpressions,
            boolean simulated) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        long start = System.nanoTime();
        Timer outcome = failed;
        try {
            List<Suggestion> suggestions = rank(memberId, limit, ranker, arm, recordImpressions, simulated);
            outcome = served;
            return suggestions;
        } catch (MemberNotFoundException e) {
            outcome = unknownMember;
            throw e;
        } finally {
            outcome.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private List<Suggestion> rank(String memberId, int limit, Ranker ranker, Assignment arm, boolean recordImpressions,
            boolean simulated) {
        MemberGraph g = graphs.current();
        int self = g.indexOf(memberId);
        Instant now = clock.instant();
        // No Neo4j read for a member the graph knows; one small read for a member newer than the graph.
        Viewer.Resolved resolved = self >= 0 ? Viewer.remembered(g, self, policy, now) : viewers.viewer(memberId).resolve(g);
        List<Suggestion> suggestions = Explainer.explain(g, resolved,
                ranking.top(g, resolved, ranker, limit, g.impressions.shownTo(memberId), now), ranker.name());
        if (recordImpressions && !suggestions.isEmpty()) {
            impressions.record(g, memberId, suggestions, simulated, arm);
        }
        return suggestions;
    }

    /** Writes the impressions queued so far now, instead of within the flush interval (tests, commands that end). */
    public void flushImpressions() {
        impressions.flush();
    }

    /** "Not interested": the other member is not suggested again. */
    void dismiss(String memberId, String otherId) {
        if (memberId.equals(otherId)) {
            throw new IllegalArgumentException("a member cannot dismiss themself");
        }
        if (!viewers.dismiss(memberId, otherId)) {
            throw new MemberNotFoundException(otherId);
        }
        // Committed: the member's next list on this instance already leaves the other out.
        graphs.dismissed(memberId, otherId);
    }
}
