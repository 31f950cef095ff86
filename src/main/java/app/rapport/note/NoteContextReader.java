package app.rapport.note;

import java.util.Optional;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.config.Cypher;

/** Reads a pair's {@link NoteContext} with the one query {@code note-context.cypher}. */
@Component
class NoteContextReader {

    private final Neo4jClient neo4j;

    NoteContextReader(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Empty when either member does not exist. */
    @Transactional(readOnly = true)
    Optional<NoteContext> read(String fromId, String toId) {
        return neo4j.query(Cypher.query("note-context")).bind(fromId).to("from").bind(toId).to("to")
                .fetchAs(NoteContext.class).mappedBy((types, r) -> new NoteContext(
                        r.get("senderFirstName").asString(null),
                        r.get("firstName").asString(null),
                        r.get("headline").asString(null),
                        r.get("sharedInterests").asList(Value::asString),
                        r.get("mutuals").asList(Value::asString),
                        r.get("mutualCount").asLong(),
                        r.get("sharedCompanies").asList(Value::asString),
                        r.get("sharedSchools").asList(Value::asString),
                        r.get("sharedCity").asString(null),
                        r.get("employer").asString(null),
                        r.get("interests").asList(Value::asString),
                        r.get("connected").asBoolean()))
                .one();
    }
}
