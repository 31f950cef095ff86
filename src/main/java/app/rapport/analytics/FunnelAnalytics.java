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

    @Transactional(readOnly = true)
    public FunnelReport funnel(AnalyticsWindow window) {
        return neo4j.query(Cypher.query("analytics-funnel")).bindAll(window.bounds())
                .fetchAs(FunnelReport.class)
                .mappedBy((t, r) -> FunnelReport.of(window, r.get("shown").asLong(), r.get("pairsShown").asLong(),
                        r.get("sentFromSuggestions").asLong(), r.get("acceptedFromSuggestions").asLong(),
                        r.get("sent").asLong(), r.get("accepted").asLong()))
                .one().orElseThrow();
    }
}
