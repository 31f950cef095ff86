package app.rapport.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

import app.rapport.analytics.NetworkReport.Communities;
import app.rapport.analytics.NetworkReport.Community;
import app.rapport.config.Cypher;

/**
 * Describes the largest Leiden communities of a snapshot: their most central members (degree within the
 * community: who holds the group together, not who is popular elsewhere) and their members' most common
 * interests and organisations.
 */
final class CommunityProfiles {

    static final String CENTRALITY = "degree within the community";
    private static final int TOP_MEMBERS = 3;
    private static final int TOP_LABELS = 3;
    /** Fixed, so the same graph always gives the same communities. */
    private static final long SEED = 42;

    private CommunityProfiles() {
    }

    static Communities of(NetworkSnapshot snapshot, Neo4jClient neo4j) {
        int n = snapshot.ids.size();
        if (n == 0) {
            return new Communities("none", 0, null, List.of(), CENTRALITY);
        }
        int[][] edges = snapshot.edges();
        LeidenCommunities.Result result = LeidenCommunities.detect(n, edges[0], edges[1], SEED);
        int[] cluster = result.cluster();
        int[] inside = new int[n];
        for (int i = 0; i < edges[0].length; i++) {
            if (cluster[edges[0][i]] == cluster[edges[1][i]]) {
                inside[edges[0][i]]++;
                inside[edges[1][i]]++;
            }
        }
        int shown = Math.min(NetworkAnalytics.TOP, result.count());
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < shown; c++) {
            members.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            if (cluster[v] < shown) {
                members.get(cluster[v]).add(v);
            }
        }
        List<String> ids = members.stream().flatMap(List::stream).map(snapshot.ids::get).toList();
        Map<String, List<String>> interests = labels(neo4j, "analytics-community-interests", ids);
        Map<String, List<String>> organizations = labels(neo4j, "analytics-community-organizations", ids);
        int[] sizes = result.sizes();
        List<Community> largest = new ArrayList<>();
        for (int c = 0; c < shown; c++) {
            List<Integer> group = members.get(c);
            List<String> central = group.stream()
                    .sorted(Comparator.comparingInt((Integer v) -> -inside[v]).thenComparing(snapshot.ids::get))
                    .limit(TOP_MEMBERS).map(snapshot::label).toList();
            List<String> groupIds = group.stream().map(snapshot.ids::get).toList();
            largest.add(new Community(c + 1, sizes[c], central, mostCommon(groupIds, interests),
                    mostCommon(groupIds, organizations)));
        }
        return new Communities("leiden", result.count(), result.modularity(), largest, CENTRALITY);
    }

    private static Map<String, List<String>> labels(Neo4jClient neo4j, String query, List<String> ids) {
        Map<String, List<String>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        neo4j.query(Cypher.query(query)).bind(ids).to("ids").fetch().all().forEach(row ->
                out.computeIfAbsent((String) row.get("member"), k -> new ArrayList<>()).add((String) row.get("name")));
        return out;
    }

    /** The labels most members of the group share, most common first (ties by name), with their counts. */
    private static List<NetworkReport.Label> mostCommon(List<String> group, Map<String, List<String>> labels) {
        Map<String, Integer> counts = new HashMap<>();
        group.forEach(id -> labels.getOrDefault(id, List.of()).stream().distinct()
                .forEach(label -> counts.merge(label, 1, Integer::sum)));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_LABELS).map(e -> new NetworkReport.Label(e.getKey(), e.getValue())).toList();
    }
}
