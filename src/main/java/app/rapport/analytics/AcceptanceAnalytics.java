package app.rapport.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.config.Cypher;

/** Acceptance rates and time to answer, from the invitations in the graph (read transactions only). */
@Service
public class AcceptanceAnalytics {

    static final int MAX_SENDERS = 1000;

    private final Neo4jClient neo4j;
    private final BusiestSenders senders;

    AcceptanceAnalytics(Neo4jClient neo4j, BusiestSenders senders) {
        this.neo4j = neo4j;
        this.senders = senders;
    }

    /**
     * Overall figures, and per group when {@code split} is not NONE; {@code limit} bounds the sender list. From
     * the daily rollups ({@link DailyRollups}; the busiest senders from the daily sender rollups, {@link BusiestSenders}).
     */
    @Transactional(readOnly = true)
    public AcceptanceReport acceptance(AnalyticsWindow window, String by, int limit) {
        return acceptance(window, by, limit, true);
    }

    /** The same figures from a scan of every invitation in the window (the benchmark's baseline, the tests' truth). */
    @Transactional(readOnly = true)
    public AcceptanceReport acceptanceByScan(AnalyticsWindow window, String by, int limit) {
        return acceptance(window, by, limit, false);
    }

    private AcceptanceReport acceptance(AnalyticsWindow window, String by, int limit, boolean rollups) {
        String query = rollups ? "analytics-acceptance-rollup" : "analytics-acceptance";
        AcceptanceSplit split = AcceptanceSplit.parse(by);
        if (limit < 1 || limit > MAX_SENDERS) {
            throw new InvalidWindowException("limit", "must be between 1 and " + MAX_SENDERS);
        }
        List<AcceptanceFigures> groups = switch (split) {
            case NONE -> List.of();
            case SENDER -> rollups ? senders.fromRollups(window, limit) : senders.byScan(window, limit);
            default -> counts(window, split, query).figures();
        };
        // The overall figures add up the per-group rows where each invitation is in exactly one group.
        AcceptanceFigures overall = switch (split) {
            case NOTE, SOURCE, MUTUALS, COHORT -> sum(groups);
            default -> sum(counts(window, AcceptanceSplit.NONE, query).figures());
        };
        return new AcceptanceReport(window, split.key(), overall, groups);
    }

    /**
     * Median and p90 of the time to answer, overall and per answer (accepted, ignored), from the daily
     * histograms: counts exact, percentiles within a bucket (10 %, see {@link TimeToAnswerHistogram}).
     */
    @Transactional(readOnly = true)
    public TimeToAnswerReport timeToAnswer(AnalyticsWindow window) {
        Map<String, TimeToAnswerHistogram> byStatus = new LinkedHashMap<>();
        neo4j.query(Cypher.query("analytics-time-to-answer-rollup")).bindAll(window.bounds()).fetch().all()
                .forEach(row -> byStatus.computeIfAbsent((String) row.get("status"), k -> new TimeToAnswerHistogram())
                        .add(((Number) row.get("bucket")).intValue(), ((Number) row.get("n")).longValue()));
        TimeToAnswerHistogram accepted = byStatus.getOrDefault("ACCEPTED", new TimeToAnswerHistogram());
        TimeToAnswerHistogram ignored = byStatus.getOrDefault("IGNORED", new TimeToAnswerHistogram());
        TimeToAnswerHistogram all = new TimeToAnswerHistogram();
        all.addAll(accepted);
        all.addAll(ignored);
        return new TimeToAnswerReport(window, histogramFigures("ALL", all),
                List.of(histogramFigures("ACCEPTED", accepted), histogramFigures("IGNORED", ignored)));
    }

    private static TimeToAnswerReport.Figures histogramFigures(String answer, TimeToAnswerHistogram h) {
        return new TimeToAnswerReport.Figures(answer, h.count(), hours(h.percentile(0.5)), hours(h.percentile(0.9)));
    }

    /** Exact percentiles from a scan of every answered invitation in the window (baseline and tests' truth). */
    @Transactional(readOnly = true)
    public TimeToAnswerReport timeToAnswerByScan(AnalyticsWindow window) {
        Map<String, long[]> byStatus = new LinkedHashMap<>();
        neo4j.query(Cypher.query("analytics-time-to-answer")).bindAll(window.bounds()).fetch().all()
                .forEach(row -> byStatus.put((String) row.get("status"),
                        ((List<?>) row.get("seconds")).stream().mapToLong(v -> ((Number) v).longValue()).toArray()));
        long[] accepted = byStatus.getOrDefault("ACCEPTED", new long[0]);
        long[] ignored = byStatus.getOrDefault("IGNORED", new long[0]);
        long[] all = java.util.stream.LongStream.concat(java.util.Arrays.stream(accepted), java.util.Arrays.stream(ignored)).toArray();
        return new TimeToAnswerReport(window, answerFigures("ALL", all),
                List.of(answerFigures("ACCEPTED", accepted), answerFigures("IGNORED", ignored)));
    }

    private static TimeToAnswerReport.Figures answerFigures(String answer, long[] seconds) {
        long[] sorted = seconds.clone();
        java.util.Arrays.sort(sorted);
        return new TimeToAnswerReport.Figures(answer, sorted.length, hours(percentile(sorted, 0.5)), hours(percentile(sorted, 0.9)));
    }

    /** Linear interpolation between closest ranks (as Cypher's percentileCont); null without values. */
    static Double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return null;
        }
        double position = p * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }

    private AcceptanceCounts counts(AnalyticsWindow window, AcceptanceSplit split, String query) {
        Map<String, Object> params = window.bounds();
        params.put("by", split.key());
        return AcceptanceCounts.of(split, List.copyOf(neo4j.query(Cypher.query(query)).bindAll(params)
                .fetchAs(org.neo4j.driver.Record.class).mappedBy((t, r) -> r).all()));
    }

    private static AcceptanceFigures sum(List<AcceptanceFigures> groups) {
        long a = 0, i = 0, w = 0, p = 0;
        for (AcceptanceFigures g : groups) {
            a += g.accepted();
            i += g.ignored();
            w += g.withdrawn();
            p += g.pending();
        }
        return AcceptanceFigures.of("ALL", null, a, i, w, p);
    }

    private static Double hours(Double seconds) {
        return seconds == null ? null : seconds / 3600.0;
    }
}
