package app.rapport.analytics;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import app.rapport.config.Cypher;
import app.rapport.member.MemberNotFoundException;
import app.rapport.member.MemberService;
import app.rapport.network.ConnectionCreated;
import app.rapport.network.ConnectionRemoved;
import app.rapport.suggestion.MemberGraph;
import app.rapport.suggestion.MemberGraphStore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A member's 1st/2nd/3rd-degree reach, by breadth-first search: each member is counted once, at the nearest
 * degree, so the three counts never overlap (unlike a variable-length Cypher match, which would enumerate paths and
 * blow up around hubs). The search walks the suggestion path's in-memory graph ({@link MemberGraphStore}: int
 * adjacency arrays, as fresh as suggestions: this instance's connection changes at once, other instances' through the
 * change feed, members created since the last rebuild with the next one). A member that graph does not know yet, and
 * any member while the first graph is still being built at start, is searched in Neo4j, one hop per query (the way every reach was computed before; {@code bench-analytics} times both).
 * <p>
 * Any member may ask for their own reach, so the work is bounded: the search visits at most
 * {@code rapport.analytics.reach-max-members} members (then the counts are lower bounds, {@code capped}), and a
 * result is reused for {@code reach-cache-ttl} per member (dropped at once when the member's own connections change).
 */
@Service
public class ReachAnalytics {

    private final Neo4jClient neo4j;
    private final MemberService members;
    private final MemberGraphStore graphs;
    private final int maxMembers;
    private final Cache<String, Reach> cache;

    ReachAnalytics(Neo4jClient neo4j, MemberService members, MemberGraphStore graphs, AnalyticsSettings settings) {
        this.neo4j = neo4j;
        this.members = members;
        this.graphs = graphs;
        this.maxMembers = settings.reachMaxMembers();
        this.cache = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(settings.reachCacheTtl()).build();
    }

    public Reach reach(String memberId) {
        Reach cached = cache.getIfPresent(memberId);
        if (cached != null) {
            return cached;
        }
        // Before the first in-memory graph is built (a large store's start-up), Neo4j answers instead of waiting.
        MemberGraph graph = graphs.loaded().orElse(null);
        int member = graph == null ? -1 : graph.indexOf(memberId);
        Reach reach = member >= 0 ? inMemory(graph, member, memberId) : inNeo4j(memberId);
        cache.put(memberId, reach);
        return reach;
    }

    /** The search over the graph's adjacency arrays: no query, a few array reads per member visited. */
    private Reach inMemory(MemberGraph graph, int member, String memberId) {
        java.util.BitSet seen = new java.util.BitSet(graph.size());
        seen.set(member);
        int visited = 1;
        int[] frontier = {member};
        long[] counts = new long[3];
        boolean capped = false;
        for (int degree = 0; degree < 3 && frontier.length > 0 && !capped; degree++) {
            IntList next = new IntList();
            search:
            for (int m : frontier) {
                for (int n : graph.neighbours(m)) {
                    if (!seen.get(n)) {
                        if (visited > maxMembers) {
                            capped = true;
                            break search;
                        }
                        seen.set(n);
                        visited++;
                        next.add(n);
                    }
                }
            }
            counts[degree] = next.size;
            frontier = next.toArray();
        }
        return new Reach(memberId, counts[0], counts[1], counts[2], counts[0] + counts[1] + counts[2], capped);
    }

    /** A growable int list (the frontier of one degree). */
    private static final class IntList {
        int[] values = new int[16];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /**
     * The same search in Neo4j, one hop per query: for a member the in-memory graph does not know yet (created since
     * its last rebuild), and the benchmark's baseline. Not cached.
     */
    public Reach inNeo4j(String memberId) {
        if (!members.exists(memberId)) {
            throw new MemberNotFoundException(memberId);
        }
        Set<String> seen = new HashSet<>();
        seen.add(memberId);
        Set<String> frontier = Set.of(memberId);
        long[] counts = new long[3];
        boolean capped = false;
        for (int degree = 0; degree < 3 && !frontier.isEmpty() && !capped; degree++) {
            Set<String> next = new HashSet<>();
            for (String id : step(frontier, maxMembers + 1)) {
                if (seen.size() > maxMembers) {
                    capped = true;
                    break;
                }
                if (seen.add(id)) {
                    next.add(id);
                }
            }
            counts[degree] = next.size();
            frontier = next;
        }
        return new Reach(memberId, counts[0], counts[1], counts[2], counts[0] + counts[1] + counts[2], capped);
    }

    /** Drops every cached reach (tests that rebuild the graph; operators after a bulk import). */
    public void clearCache() {
        cache.invalidateAll();
    }

    @EventListener
    void connected(ConnectionCreated event) {
        cache.invalidateAll(List.of(event.memberA(), event.memberB()));
    }

    @EventListener
    void disconnected(ConnectionRemoved event) {
        cache.invalidateAll(List.of(event.memberA(), event.memberB()));
    }

    private List<String> step(Set<String> frontier, int limit) {
        return List.copyOf(neo4j.query(Cypher.query("analytics-reach-step"))
                .bindAll(Map.of("frontier", List.copyOf(frontier), "limit", limit))
                .fetchAs(String.class).mappedBy((t, r) -> r.get("id").asString()).all());
    }

    /**
     * {@code GET /api/members/{id}/reach}.
     *
     * @param member      the member
     * @param first       direct connections
     * @param second      members two hops away (not already counted)
     * @param third       members three hops away (not already counted)
     * @param withinThree all three together
     * @param capped      the search stopped at {@code reach-max-members}: the counts are lower bounds
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record Reach(String member, long first, long second, long third, long withinThree, boolean capped) implements CsvTable {

        @Override
        public List<String> csvHeader() {
            return List.of("member", "first", "second", "third", "withinThree", "capped");
        }

        @Override
        public List<List<Object>> csvRows() {
            return List.of(List.of(member, first, second, third, withinThree, capped));
        }
    }
}
