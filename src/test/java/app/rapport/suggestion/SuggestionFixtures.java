package app.rapport.suggestion;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

/** Graph fixtures written with Cypher that follows the shared graph contract (design.md §4). */
final class SuggestionFixtures {

    private final Driver driver;

    SuggestionFixtures(Driver driver) {
        this.driver = driver;
    }

    /** Members named after their id: "bob" becomes Bob Bobson. */
    SuggestionFixtures members(String... ids) {
        List<Map<String, Object>> rows = Arrays.stream(ids).map(id -> Map.<String, Object>of("id", id,
                "first", Character.toUpperCase(id.charAt(0)) + id.substring(1), "last", "Tester")).toList();
        run("UNWIND $rows AS r CREATE (:Member {id: r.id, firstName: r.first, lastName: r.last})", Map.of("rows", rows));
        return this;
    }

    /** Connections a-b, c-d, …  */
    SuggestionFixtures connect(String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            run("MATCH (a:Member {id: $a}), (b:Member {id: $b}) CREATE (a)-[:CONNECTED_TO {since: datetime()}]->(b)",
                    Map.of("a", pairs[i], "b", pairs[i + 1]));
        }
        return this;
    }

    SuggestionFixtures interests(String member, String... names) {
        for (String name : names) {
            run("MATCH (m:Member {id: $m}) MERGE (i:Interest {key: toLower($name)}) ON CREATE SET i.name = $name "
                    + "MERGE (m)-[:INTERESTED_IN]->(i)", Map.of("m", member, "name", name));
        }
        return this;
    }

    SuggestionFixtures worksAt(String member, String orgId, String name) {
        run("MATCH (m:Member {id: $m}) MERGE (o:Organization {id: $org}) ON CREATE SET o.name = $name, o.kind = 'COMPANY' "
                + "MERGE (m)-[:WORKS_AT {from: 2020}]->(o)", Map.of("m", member, "org", orgId, "name", name));
        return this;
    }

    SuggestionFixtures livesIn(String member, String placeId, String name) {
        run("MATCH (m:Member {id: $m}) MERGE (p:Place {id: $p}) ON CREATE SET p.name = $name, p.kind = 'CITY' "
                + "MERGE (m)-[:LIVES_IN]->(p)", Map.of("m", member, "p", placeId, "name", name));
        return this;
    }

    /** An invitation exactly as the invitation feature writes it. */
    SuggestionFixtures invitation(String from, String to, String status, Instant sentAt, Instant answeredAt) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", from);
        p.put("to", to);
        p.put("status", status);
        p.put("sentAt", ZonedDateTime.ofInstant(sentAt, ZoneOffset.UTC));
        p.put("answeredAt", answeredAt == null ? null : ZonedDateTime.ofInstant(answeredAt, ZoneOffset.UTC));
        run("""
                MATCH (a:Member {id: $from}), (b:Member {id: $to})
                CREATE (a)-[:SENT]->(:Invitation {id: randomUUID(), status: $status, note: null, noteKind: 'NONE',
                        source: 'PROFILE', sentAt: $sentAt, answeredAt: $answeredAt, suggestionRank: null,
                        suggestionReasons: [], mutualConnections: 0, simulated: false})-[:TO]->(b)
                """, p);
        return this;
    }

    private void run(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, params).consume());
        }
    }
}
