package app.rapport.analytics;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.config.Cypher;

/** The suggestion → invitation → acceptance funnel, from impressions and invitations in the graph. */
@Service
public class FunnelAnalytics {

    private final Neo4jClient neo4j;

    FunnelAnalytics(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The funnel, its invitation side from the daily rollups ({@link DailyRollups}). */
    @Transactional(readOnly = true)
    public FunnelReport funnel(AnalyticsWindow window) {
        return funnel(window, "analytics-funnel-rollup");
    }

    /** The same from a scan of every invitation in the window (the benchmark's baseline, the tests' truth). */
    @Transactional(readOnly = true)
    public FunnelReport funnelByScan(AnalyticsWindow window) {
        return funnel(window, "analytics-funnel");
    }

    private FunnelReport funnel(AnalyticsWindow window, String query) {
        return neo4j.query(Cypher.query(query)).bindAll(window.bounds())
                .fetchAs(FunnelReport.class)
                .mappedBy((t, r) -> FunnelReport.of(window, r.get("shown").asLong(), r.get("pairsShown").asLong(),
                        r.get("sentFromSuggestions").asLong(), r.get("acceptedFromSuggestions").asLong(),
                        r.get("sent").asLong(), r.get("accepted").asLong()))
                .one().orElseThrow();
    }
}
