package app.rapport.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.config.Cypher;

/** Acceptance rates and time to answer, from the invitations in the graph (read transactions only). */
@Service
public class AcceptanceAnalytics {

    static final int MAX_SENDERS = 1000;

    private final Neo4jClient neo4j;

    AcceptanceAnalytics(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Overall figures, and per group when {@code split} is not NONE; {@code limit} bounds the sender list. */
    @Transactional(readOnly = true)
    public AcceptanceReport acceptance(AnalyticsWindow window, String by, int limit) {
        AcceptanceSplit split = AcceptanceSplit.parse(by);
        if (limit < 1 || limit > MAX_SENDERS) {
            throw new InvalidWindowException("limit", "must be between 1 and " + MAX_SENDERS);
        }
        AcceptanceFigures overall = counts(window, "none").stream().findFirst().orElse(AcceptanceFigures.empty("ALL"));
        List<AcceptanceFigures> groups = switch (split) {
            case NONE -> List.of();
            case SENDER -> senders(window, limit);
            default -> withFixedGroups(split, counts(window, split.key()));
        };
        return new AcceptanceReport(window, split.key(), overall, groups);
    }

    /** Median and p90 of the time to answer, overall and per answer (accepted, ignored). */
    @Transactional(readOnly = true)
    public TimeToAnswerReport timeToAnswer(AnalyticsWindow window) {
        Map<String, TimeToAnswerReport.Figures> byStatus = new LinkedHashMap<>();
        for (String status : List.of("ALL", "ACCEPTED", "IGNORED")) {
            byStatus.put(status, new TimeToAnswerReport.Figures(status, 0, null, null));
        }
        neo4j.query(Cypher.query("analytics-time-to-answer")).bindAll(bounds(window))
                .fetchAs(TimeToAnswerReport.Figures.class)
                .mappedBy((t, r) -> new TimeToAnswerReport.Figures(r.get("status").asString(), r.get("answered").asLong(),
                        hours(r.get("median")), hours(r.get("p90"))))
                .all().forEach(f -> byStatus.put(f.answer(), f));
        return new TimeToAnswerReport(window, byStatus.get("ALL"), List.of(byStatus.get("ACCEPTED"), byStatus.get("IGNORED")));
    }

    private List<AcceptanceFigures> counts(AnalyticsWindow window, String by) {
        Map<String, Object> params = bounds(window);
        params.put("by", by);
        return List.copyOf(neo4j.query(Cypher.query("analytics-acceptance")).bindAll(params)
                .fetchAs(AcceptanceFigures.class).mappedBy((t, r) -> figures(r, null)).all());
    }

    private List<AcceptanceFigures> senders(AnalyticsWindow window, int limit) {
        Map<String, Object> params = bounds(window);
        params.put("limit", limit);
        return List.copyOf(neo4j.query(Cypher.query("analytics-acceptance-senders")).bindAll(params)
                .fetchAs(AcceptanceFigures.class).mappedBy((t, r) -> figures(r, r.get("label").asString(null))).all());
    }

    /** Fixed groups first in their natural order (zeros where empty), then any other group the data has. */
    private static List<AcceptanceFigures> withFixedGroups(AcceptanceSplit split, List<AcceptanceFigures> found) {
        Map<String, AcceptanceFigures> byGroup = new LinkedHashMap<>();
        split.fixedGroups.forEach(g -> byGroup.put(g, AcceptanceFigures.empty(g)));
        found.forEach(f -> byGroup.put(f.group(), f));
        return new ArrayList<>(byGroup.values());
    }

    private static AcceptanceFigures figures(Record r, String label) {
        return AcceptanceFigures.of(r.get("grp").asString(), label == null || label.isBlank() ? null : label,
                r.get("accepted").asLong(), r.get("ignored").asLong(), r.get("withdrawn").asLong(), r.get("pending").asLong());
    }

    private static Double hours(org.neo4j.driver.Value seconds) {
        return seconds.isNull() ? null : seconds.asDouble() / 3600.0;
    }

    static Map<String, Object> bounds(AnalyticsWindow window) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", window.start());
        params.put("to", window.end());
        return params;
    }
}
