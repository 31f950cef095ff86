package app.rapport.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.neo4j.core.Neo4jClient;

import app.rapport.config.Cypher;

/** Members and connections over time: cumulative totals per day, week or month. */
final class GrowthSeries {

    private GrowthSeries() {
    }

    static String unit(String interval) {
        String unit = interval == null || interval.isBlank() ? "month" : interval.strip().toLowerCase(Locale.ROOT);
        if (!List.of("day", "week", "month").contains(unit)) {
            throw new InvalidWindowException("interval", "must be day, week or month");
        }
        return unit;
    }

    /**
     * Totals at the end of each bucket with a change, from the bucket holding {@code from} on (earlier and
     * undated growth is folded into the starting totals).
     */
    static List<NetworkReport.GrowthPoint> load(Neo4jClient neo4j, Map<String, Object> bounds, String unit, LocalDate from) {
        TreeMap<String, long[]> added = new TreeMap<>();
        long[] base = new long[2];
        addCounts(neo4j, "analytics-members-over-time", bounds, unit, added, base, 0);
        addCounts(neo4j, "analytics-connections-over-time", bounds, unit, added, base, 1);
        // Bucket labels are ISO dates, so string order is time order.
        String first = from == null ? null : firstDayOf(from, unit).toString();
        long members = base[0];
        long connections = base[1];
        List<NetworkReport.GrowthPoint> points = new ArrayList<>();
        for (Map.Entry<String, long[]> e : added.entrySet()) {
            members += e.getValue()[0];
            connections += e.getValue()[1];
            if (first == null || e.getKey().compareTo(first) >= 0) {
                points.add(new NetworkReport.GrowthPoint(e.getKey(), members, connections));
            }
        }
        return points;
    }

    private static void addCounts(Neo4jClient neo4j, String query, Map<String, Object> bounds, String unit,
            TreeMap<String, long[]> added, long[] base, int slot) {
        Map<String, Object> params = new java.util.LinkedHashMap<>(bounds);
        params.put("unit", unit);
        neo4j.query(Cypher.query(query)).bindAll(params).fetch().all().forEach(row -> {
            long count = ((Number) row.get("added")).longValue();
            Object period = row.get("period");
            if (period == null) {
                base[slot] += count;
            } else {
                added.computeIfAbsent(period.toString(), k -> new long[2])[slot] += count;
            }
        });
    }

    private static LocalDate firstDayOf(LocalDate day, String unit) {
        return switch (unit) {
            case "week" -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
            case "month" -> day.withDayOfMonth(1);
            default -> day;
        };
    }
}
