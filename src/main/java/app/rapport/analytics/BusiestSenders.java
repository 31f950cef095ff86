package app.rapport.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import app.rapport.config.Cypher;

/**
 * {@code acceptance?by=sender}: the busiest senders of a window with their figures. From the daily sender rollups
 * ({@code SenderRollup}, rebuilt with the other daily rollups by {@link DailyRollups}): the window's days are
 * added up per sender in Java, so the work is bounded by the senders active on those days, not the invitations;
 * or from a scan of the window's invitations (the benchmark's baseline, the tests' truth). Both order by
 * invitations sent, most first, then by member id.
 */
@Component
class BusiestSenders {

    private static final Comparator<Map.Entry<String, long[]>> BUSIEST = Comparator
            .<Map.Entry<String, long[]>>comparingLong(e -> -sent(e.getValue())).thenComparing(Map.Entry::getKey);

    private final Neo4jClient neo4j;

    BusiestSenders(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Counts per status in the order accepted, ignored, withdrawn, pending, summed over the window's days. */
    List<AcceptanceFigures> fromRollups(AnalyticsWindow window, int limit) {
        Map<String, long[]> bySender = new HashMap<>();
        for (Map<String, Object> day : neo4j.query(Cypher.query("analytics-acceptance-senders-rollup")).bindAll(window.bounds())
                .fetch().all()) {
            List<?> senders = (List<?>) day.get("senders");
            List<?>[] counts = {(List<?>) day.get("accepted"), (List<?>) day.get("ignored"), (List<?>) day.get("withdrawn"),
                    (List<?>) day.get("pending")};
            for (int i = 0; i < senders.size(); i++) {
                long[] c = bySender.computeIfAbsent((String) senders.get(i), k -> new long[4]);
                for (int s = 0; s < 4; s++) {
                    c[s] += ((Number) counts[s].get(i)).longValue();
                }
            }
        }
        List<Map.Entry<String, long[]>> top = bySender.entrySet().stream().sorted(BUSIEST).limit(limit).toList();
        Map<String, String> labels = new HashMap<>();
        neo4j.query(Cypher.query("analytics-member-labels")).bind(top.stream().map(Map.Entry::getKey).toList()).to("ids")
                .fetch().all().forEach(r -> labels.put((String) r.get("id"), (String) r.get("label")));
        List<AcceptanceFigures> figures = new ArrayList<>(top.size());
        for (Map.Entry<String, long[]> e : top) {
            long[] c = e.getValue();
            figures.add(AcceptanceFigures.of(e.getKey(), label(labels.get(e.getKey())), c[0], c[1], c[2], c[3]));
        }
        return figures;
    }

    List<AcceptanceFigures> byScan(AnalyticsWindow window, int limit) {
        Map<String, Object> params = window.bounds();
        params.put("limit", limit);
        return List.copyOf(neo4j.query(Cypher.query("analytics-acceptance-senders")).bindAll(params)
                .fetchAs(AcceptanceFigures.class).mappedBy((t, r) -> {
                    long[] c = new long[4];
                    for (Value v : r.get("counts").values()) {
                        int slot = switch (v.get("status").asString("")) {
                            case "ACCEPTED" -> 0;
                            case "IGNORED" -> 1;
                            case "WITHDRAWN" -> 2;
                            case "PENDING" -> 3;
                            default -> -1;
                        };
                        if (slot >= 0) {
                            c[slot] += v.get("n").asLong();
                        }
                    }
                    return AcceptanceFigures.of(r.get("id").asString(), label(r.get("label").asString(null)), c[0], c[1], c[2], c[3]);
                }).all());
    }

    private static String label(String label) {
        return label == null || label.isBlank() ? null : label;
    }

    private static long sent(long[] c) {
        return c[0] + c[1] + c[2] + c[3];
    }
}
