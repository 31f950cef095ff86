package app.rapport.suggestion;

import java.util.function.Consumer;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

import app.rapport.config.Cypher;

/**
 * Reads the whole member graph from Neo4j into a {@link MemberGraph}, streaming each query's records
 * (never materialising a result list), in read transactions so a cluster can serve it from a secondary.
 */
final class MemberGraphLoader {

    private final Driver driver;

    MemberGraphLoader(Driver driver) {
        this.driver = driver;
    }

    MemberGraph load() {
        MemberGraphBuilder builder = new MemberGraphBuilder();
        stream("suggestion-graph-members", r -> builder.member(r.get("id").asString(), r.get("name").asString("")));
        stream("suggestion-graph-connections", r -> builder.connection(r.get("a").asString(), r.get("b").asString()));
        stream("suggestion-graph-interests", r -> builder.interest(r.get("member").asString(), r.get("key").asString(),
                r.get("name").asString(null)));
        stream("suggestion-graph-organizations", r -> builder.organization(r.get("member").asString(),
                r.get("id").asString(), r.get("name").asString(null), r.get("school").asBoolean(false)));
        stream("suggestion-graph-places", r -> builder.place(r.get("member").asString(), r.get("id").asString(),
                r.get("name").asString(null)));
        return builder.build();
    }

    private void stream(String query, Consumer<Record> sink) {
        String text = Cypher.query(query);
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            session.executeRead(tx -> {
                var result = tx.run(text);
                while (result.hasNext()) {
                    sink.accept(result.next());
                }
                return null;
            });
        }
    }
}
