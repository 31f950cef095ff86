package app.rapport.experiment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import app.rapport.config.Cypher;

/** Experiments in Neo4j ({@code cypher/queries/experiment-*.cypher}). */
@Component
class ExperimentStore {

    private final Neo4jClient neo4j;

    ExperimentStore(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    void create(Experiment e) {
        Map<String, Object> row = new HashMap<>();
        row.put("name", e.name());
        row.put("kind", e.kind().name());
        row.put("armNames", e.arms().stream().map(Experiment.Arm::name).toList());
        row.put("armShares", e.arms().stream().map(Experiment.Arm::share).toList());
        row.put("start", e.start().toString());
        row.put("end", e.end().toString());
        row.put("createdAt", e.createdAt().toString());
        neo4j.query(Cypher.query("experiment-create")).bind(row).to("e").run();
    }

    List<Experiment> all() {
        return List.copyOf(neo4j.query(Cypher.query("experiment-list")).fetchAs(Experiment.class).mappedBy((t, r) -> {
            List<String> names = r.get("armNames").asList(v -> v.asString());
            List<Double> shares = r.get("armShares").asList(v -> v.asDouble());
            List<Experiment.Arm> arms = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                arms.add(new Experiment.Arm(names.get(i), shares.get(i)));
            }
            return new Experiment(r.get("name").asString(), ExperimentKind.valueOf(r.get("kind").asString()), List.copyOf(arms),
                    instant(r.get("start")), instant(r.get("end")), instant(r.get("createdAt")));
        }).all());
    }

    private static Instant instant(org.neo4j.driver.Value v) {
        return v.asZonedDateTime().toInstant();
    }
}
