package app.rapport.analytics;

import java.time.LocalDate;
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
 * {@code acceptance?by=sender}: the busiest senders of a window with their figures. From the sender rollups
 * ({@code SenderMonthRollup} for the calendar months the window covers whole, {@code SenderRollup} for its other
 * days, rebuilt with the other daily rollups by {@link DailyRollups}): added up per sender in Java, exactly, so the
 * work is bounded by the senders active per month (and per day of at most two partial months), not the invitations;
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
        for (Map<String, Object> day : neo4j.query(Cypher.query("analytics-acceptance-senders-rollup")).bindAll(spans(window))
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

    /**
     * The window as the calendar months it covers whole ({@code monthFrom}..{@code monthTo}, read from the monthly
     * rollups) and its days before and after them ({@code head…}, {@code tail…}, read from the daily ones): an
     * all-time window is months only; any window reads at most about 60 days.
     */
    static Map<String, Object> spans(AnalyticsWindow window) {
        LocalDate start = window.start().toLocalDate();
        LocalDate end = window.end().toLocalDate();
        LocalDate monthFrom = start.getDayOfMonth() == 1 ? start : start.withDayOfMonth(1).plusMonths(1);
        LocalDate monthTo = end.withDayOfMonth(1);
        Map<String, Object> spans = new HashMap<>();
        if (!monthFrom.isBefore(monthTo)) {
            // No whole month: every day from the daily rollups.
            monthFrom = monthTo;
            spans.put("headFrom", start);
            spans.put("headTo", end);
            spans.put("tailFrom", end);
        } else {
            spans.put("headFrom", start);
            spans.put("headTo", monthFrom);
            spans.put("tailFrom", monthTo);
        }
        spans.put("tailTo", end);
        spans.put("monthFrom", monthFrom);
        spans.put("monthTo", monthTo);
        return spans;
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
