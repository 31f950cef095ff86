package app.rapport.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.config.Cypher;

/**
 * Outcomes as labels for training: an accepted invitation sent from a suggestion is a positive; an ignored
 * one, a dismissal, or a candidate shown {@code rapport.ranking.discount.after} times without any action is a
 * negative ({@code ranking-outcomes.cypher} and the {@link ImpressionHistory}). Grouped per member; only members
 * with both a positive and a negative make a group (a ranking objective compares within a group).
 * <p>
 * The feature {@code shown} of an outcome is the number of impressions before it: for an invitation or a
 * dismissal, all of them (the candidate leaves the member's suggestions then); for "shown too often", one less
 * than the threshold — otherwise the label would be written in the feature.
 */
@Component
class Outcomes {

    /** One member's labelled candidates (graph indices). */
    record Labelled(int member, int[] candidates, float[] labels, int[] shownBefore) {
    }

    /** What was found: all positives (also those of members without a negative), and the groups. */
    record Found(int positives, List<Labelled> groups) {
    }

    private final Neo4jClient neo4j;
    private final MemberGraphStore graphs;
    private final RankingSettings settings;

    Outcomes(Neo4jClient neo4j, MemberGraphStore graphs, RankingSettings settings) {
        this.neo4j = neo4j;
        this.graphs = graphs;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    Found find(MemberGraph g) {
        Map<Integer, Map<Integer, Boolean>> labels = new LinkedHashMap<>();
        Map<Long, Integer> shown = new HashMap<>();
        int[] positives = {0};
        neo4j.query(Cypher.query("ranking-outcomes")).bindAll(Map.of("simulated", settings.outcomes().includeSimulated()))
                .fetch().all().forEach(r -> {
                    int u = g.indexOf((String) r.get("member"));
                    int c = g.indexOf((String) r.get("candidate"));
                    if (u >= 0 && c >= 0 && u != c) {
                        boolean positive = (Boolean) r.get("positive");
                        // An accepted invitation outweighs an earlier dismissal of the same pair.
                        labels.computeIfAbsent(u, x -> new LinkedHashMap<>()).merge(c, positive, Boolean::logicalOr);
                        positives[0] += positive ? 1 : 0;
                    }
                });
        int after = settings.discount().after();
        // The served graph's counts: a training graph (fewer connections) does not carry them.
        ImpressionHistory history = graphs.current().impressions;
        history.forEach((member, candidate, times, last) -> {
            int u = g.indexOf(member);
            int c = g.indexOf(candidate);
            if (u < 0 || c < 0) {
                return;
            }
            shown.put(directed(u, c), times);
            Map<Integer, Boolean> mine = labels.get(u);
            boolean acted = mine != null && mine.containsKey(c);
            if (!acted && times >= after && !g.connected(u, c)) {
                labels.computeIfAbsent(u, x -> new LinkedHashMap<>()).put(c, false);
                shown.put(directed(u, c), after - 1);
            }
        });
        List<Labelled> groups = new ArrayList<>();
        labels.forEach((u, mine) -> {
            if (mine.containsValue(true) && mine.containsValue(false)) {
                int[] cs = mine.keySet().stream().mapToInt(Integer::intValue).toArray();
                float[] y = new float[cs.length];
                int[] before = new int[cs.length];
                for (int i = 0; i < cs.length; i++) {
                    y[i] = mine.get(cs[i]) ? 1f : 0f;
                    before[i] = shown.getOrDefault(directed(u, cs[i]), 0);
                }
                groups.add(new Labelled(u, cs, y, before));
            }
        });
        return new Found(positives[0], groups);
    }

    /** (member, candidate) as one key, direction kept. */
    private static long directed(int member, int candidate) {
        return ((long) member << 32) | (candidate & 0xFFFF_FFFFL);
    }
}
