package app.rapport.analytics;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.config.Cypher;

/** The suggestion → invitation → acceptance funnel, from impressions and invitations in the graph. */
@Service
public class FunnelAnalytics {

    private final Neo4jClient neo4j;
    private final ImpressionRollups impressions;

    FunnelAnalytics(Neo4jClient neo4j, ImpressionRollups impressions) {
        this.neo4j = neo4j;
        this.impressions = impressions;
    }

    /**
     * The funnel from the daily rollups: invitations from {@link DailyRollups}', impressions from
     * {@link ImpressionRollups}' (distinct pairs estimated from the day sketches; counted exactly while a day of the
     * window has no sketch yet).
     */
    @Transactional(readOnly = true)
    public FunnelReport funnel(AnalyticsWindow window) {
        ImpressionRollups.Totals shown = impressions.totals(window);
        long pairs = shown.pairs() != null ? shown.pairs()
                : neo4j.query(Cypher.query("analytics-funnel-pairs")).bindAll(window.bounds()).fetchAs(Long.class)
                        .mappedBy((t, r) -> r.get("pairsShown").asLong()).one().orElseThrow();
        return neo4j.query(Cypher.query("analytics-funnel-rollup")).bindAll(window.bounds())
                .fetchAs(FunnelReport.class)
                .mappedBy((t, r) -> FunnelReport.of(window, shown.shown(), pairs, shown.relativeError(),
                        r.get("sentFromSuggestions").asLong(), r.get("acceptedFromSuggestions").asLong(),
                        r.get("sent").asLong(), r.get("accepted").asLong()))
                .one().orElseThrow();
    }

    /** The same from a scan of every impression and invitation in the window (the benchmark's baseline, the tests' truth). */
    @Transactional(readOnly = true)
    public FunnelReport funnelByScan(AnalyticsWindow window) {
        return neo4j.query(Cypher.query("analytics-funnel")).bindAll(window.bounds())
                .fetchAs(FunnelReport.class)
                .mappedBy((t, r) -> FunnelReport.of(window, r.get("shown").asLong(), r.get("pairsShown").asLong(), 0,
                        r.get("sentFromSuggestions").asLong(), r.get("acceptedFromSuggestions").asLong(),
                        r.get("sent").asLong(), r.get("accepted").asLong()))
                .one().orElseThrow();
    }
}
