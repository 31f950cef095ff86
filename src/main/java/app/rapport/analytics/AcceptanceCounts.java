package app.rapport.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Value;

/** Adds up (raw key, status, count) rows into the groups of a split. */
final class AcceptanceCounts {

    /** accepted, ignored, withdrawn, pending per group, in first-seen order (sorted for cohorts). */
    private final Map<String, long[]> groups;

    private AcceptanceCounts(AcceptanceSplit split) {
        this.groups = split == AcceptanceSplit.COHORT ? new TreeMap<>() : new LinkedHashMap<>();
        split.fixedGroups.forEach(g -> groups.put(g, new long[4]));
    }

    static AcceptanceCounts of(AcceptanceSplit split, List<org.neo4j.driver.Record> rows) {
        AcceptanceCounts counts = new AcceptanceCounts(split);
        for (org.neo4j.driver.Record row : rows) {
            long n = row.get("n").asLong();
            String status = row.get("status").asString(null);
            for (String group : groups(split, row.get("key"))) {
                counts.add(group, status, n);
            }
        }
        return counts;
    }

    void add(String group, String status, long n) {
        long[] c = groups.computeIfAbsent(group, g -> new long[4]);
        switch (status == null ? "" : status) {
            case "ACCEPTED" -> c[0] += n;
            case "IGNORED" -> c[1] += n;
            case "WITHDRAWN" -> c[2] += n;
            case "PENDING" -> c[3] += n;
            default -> {
                // An invitation outside the contract's statuses is not counted in any rate.
            }
        }
    }

    List<AcceptanceFigures> figures() {
        List<AcceptanceFigures> out = new ArrayList<>();
        groups.forEach((g, c) -> out.add(AcceptanceFigures.of(g, null, c[0], c[1], c[2], c[3])));
        return out;
    }

    private static List<String> groups(AcceptanceSplit split, Value key) {
        return switch (split) {
            case NOTE -> List.of(key.isNull() ? "NONE" : key.asString());
            case SOURCE -> List.of(key.isNull() ? "PROFILE" : key.asString());
            case REASON -> key.isNull() || key.size() == 0 ? List.of("NONE") : key.asList(Value::asString);
            case MUTUALS -> List.of(mutualsBucket(key.isNull() ? 0 : key.asLong()));
            case COHORT -> List.of(LocalDate.ofEpochDay(key.asLong() * 7 - 3).toString());
            default -> List.of("ALL");
        };
    }

    static String mutualsBucket(long mutuals) {
        if (mutuals <= 0) {
            return "0";
        }
        if (mutuals == 1) {
            return "1";
        }
        return mutuals <= 4 ? "2-4" : "5+";
    }
}
