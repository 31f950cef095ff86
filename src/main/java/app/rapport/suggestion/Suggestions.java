package app.rapport.suggestion;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

import app.rapport.config.Cypher;
import app.rapport.config.RequestBookmarks;
import app.rapport.invitation.InvitationSettings;
import app.rapport.member.MemberNotFoundException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * "People you may know": the one entry point used by the API, the analytics simulation, {@code evaluate}
 * and {@code bench}. Per request: one small read of the member (own connections, profile, exclusions) from
 * Neo4j so exclusions are always current, the ranking over the in-memory graph, the explanations, then —
 * when asked — the impressions in a separate write.
 */
@Service
public class Suggestions {

    /** The largest list one call may ask for. */
    static final int MAX_LIMIT = 1000;

    private final Driver driver;
    private final RequestBookmarks bookmarks;
    private final MemberGraphStore graphs;
    private final SuggestionSettings settings;
    private final InvitationSettings invitations;
    private final Clock clock;
    private final Scorer scorer;
    private final Timer served;
    private final Timer unknownMember;
    private final Timer failed;

    Suggestions(Driver driver, RequestBookmarks bookmarks, MemberGraphStore graphs, SuggestionSettings settings, InvitationSettings invitations, Clock clock,
            MeterRegistry meters) {
        this.driver = driver;
        this.bookmarks = bookmarks;
        this.graphs = graphs;
        this.settings = settings;
        this.invitations = invitations;
        this.clock = clock;
        this.scorer = new Scorer(settings);
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
     * The member's top suggestions with explanations, best first.
     *
     * @param recordImpressions write one {@code SuggestionImpression} per suggestion shown
     * @param simulated         mark those impressions as coming from a simulation
     * @throws MemberNotFoundException when no member has the id
     */
    public List<Suggestion> suggest(String memberId, int limit, boolean recordImpressions, boolean simulated) {
        return suggest(memberId, limit, settings.weights(), recordImpressions, simulated);
    }

    /** As {@link #suggest(String, int, boolean, boolean)} with other weights (the evaluation's weight search). */
    public List<Suggestion> suggest(String memberId, int limit, SuggestionSettings.Weights weights, boolean recordImpressions,
            boolean simulated) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        long start = System.nanoTime();
        Timer outcome = failed;
        try {
            List<Suggestion> suggestions = rank(memberId, limit, weights, recordImpressions, simulated);
            outcome = served;
            return suggestions;
        } catch (MemberNotFoundException e) {
            outcome = unknownMember;
            throw e;
        } finally {
            outcome.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private List<Suggestion> rank(String memberId, int limit, SuggestionSettings.Weights weights, boolean recordImpressions,
            boolean simulated) {
        Viewer viewer = readViewer(memberId);
        MemberGraph g = graphs.current();
        Viewer.Resolved resolved = viewer.resolve(g);
        List<Suggestion> suggestions = Explainer.explain(g, resolved, weights, scorer.rank(g, resolved, weights, limit));
        if (recordImpressions && !suggestions.isEmpty()) {
            recordImpressions(memberId, suggestions, simulated);
        }
        return suggestions;
    }

    /** The settings' weights. */
    public SuggestionSettings.Weights weights() {
        return settings.weights();
    }

    /** "Not interested": the other member is not suggested again. */
    void dismiss(String memberId, String otherId) {
        if (memberId.equals(otherId)) {
            throw new IllegalArgumentException("a member cannot dismiss themself");
        }
        long written;
        try (var session = driver.session(bookmarks.sessionConfig(AccessMode.WRITE))) {
            written = session.executeWrite(tx -> tx.run(Cypher.query("suggestion-dismiss"),
                    Map.of("id", memberId, "other", otherId, "at", ZonedDateTime.now(clock))).single().get("dismissed").asLong());
        }
        if (written == 0) {
            throw new MemberNotFoundException(otherId);
        }
    }

    private Viewer readViewer(String memberId) {
        ZonedDateTime cooldownStart = ZonedDateTime.now(clock).minus(invitations.withdrawCooldown());
        Viewer viewer = null;
        // One auto-commit read (a single round trip; nothing to retry for a read of one member).
        try (var session = driver.session(bookmarks.sessionConfig(AccessMode.READ))) {
            var result = session.run(Cypher.query("suggestion-viewer"), Map.of("id", memberId, "cooldownStart", cooldownStart));
            if (result.hasNext()) {
                var r = result.next();
                viewer = new Viewer(memberId, strings(r.get("connections")), strings(r.get("interests")),
                        strings(r.get("organizations")), strings(r.get("places")), strings(r.get("excluded")));
            }
        }
        if (viewer == null) {
            throw new MemberNotFoundException(memberId);
        }
        return viewer;
    }

    private static List<String> strings(Value list) {
        return list.asList(Value::asString);
    }

    private void recordImpressions(String memberId, List<Suggestion> suggestions, boolean simulated) {
        List<Map<String, Object>> rows = suggestions.stream().map(s -> Map.<String, Object>of(
                "candidate", s.memberId(), "rank", s.rank(), "score", s.score(), "reasons", s.reasons())).toList();
        try (var session = driver.session(bookmarks.sessionConfig(AccessMode.WRITE))) {
            session.executeWriteWithoutResult(tx -> tx.run(Cypher.query("suggestion-impressions"), Map.of(
                    "member", memberId, "rows", rows, "shownAt", ZonedDateTime.now(clock), "simulated", simulated)).consume());
        }
    }
}
