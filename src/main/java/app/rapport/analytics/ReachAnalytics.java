package app.rapport.analytics;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.config.Cypher;
import app.rapport.member.MemberNotFoundException;
import app.rapport.member.MemberService;

/**
 * A member's 1st/2nd/3rd-degree reach, by breadth-first search one hop per query: each member is counted
 * once, at the nearest degree, so the three counts never overlap (unlike a variable-length Cypher match,
 * which would enumerate paths and blow up around hubs).
 */
@Service
public class ReachAnalytics {

    private final Neo4jClient neo4j;
    private final MemberService members;

    ReachAnalytics(Neo4jClient neo4j, MemberService members) {
        this.neo4j = neo4j;
        this.members = members;
    }

    @Transactional(readOnly = true)
    public Reach reach(String memberId) {
        if (!members.exists(memberId)) {
            throw new MemberNotFoundException(memberId);
        }
        Set<String> seen = new HashSet<>();
        seen.add(memberId);
        Set<String> frontier = Set.of(memberId);
        long[] counts = new long[3];
        for (int degree = 0; degree < 3 && !frontier.isEmpty(); degree++) {
            Set<String> next = new HashSet<>();
            for (String id : step(frontier)) {
                if (seen.add(id)) {
                    next.add(id);
                }
            }
            counts[degree] = next.size();
            frontier = next;
        }
        return new Reach(memberId, counts[0], counts[1], counts[2], counts[0] + counts[1] + counts[2]);
    }

    private List<String> step(Set<String> frontier) {
        return List.copyOf(neo4j.query(Cypher.query("analytics-reach-step")).bindAll(Map.of("frontier", List.copyOf(frontier)))
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
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record Reach(String member, long first, long second, long third, long withinThree) implements CsvTable {

        @Override
        public List<String> csvHeader() {
            return List.of("member", "first", "second", "third", "withinThree");
        }

        @Override
        public List<List<Object>> csvRows() {
            return List.of(List.of(member, first, second, third, withinThree));
        }
    }
}
