package app.rapport.support;

import org.neo4j.driver.Driver;

/**
 * The small graph the simulation tests run on: 60 members on a ring with chords every 3 and 7 (all connected
 * since 2026-01-01), each with one of four interests. Written with plain Cypher, so callers rebuild the
 * in-memory graph afterwards.
 */
public final class RingFixture {

    private RingFixture() {
    }

    public static void write(Driver driver) {
        try (var session = driver.session()) {
            session.run("""
                    UNWIND range(0, 59) AS n
                    CREATE (m:Member {id: 'm' + n, firstName: 'M' + n, lastName: 'Sim'})
                    MERGE (i:Interest {key: 'topic ' + (n % 4), name: 'Topic ' + (n % 4)})
                    CREATE (m)-[:INTERESTED_IN]->(i)
                    """).consume();
            session.run("""
                    UNWIND range(0, 59) AS n
                    UNWIND [1, 3, 7] AS step
                    MATCH (a:Member {id: 'm' + n}), (b:Member {id: 'm' + ((n + step) % 60)})
                    MERGE (a)-[:CONNECTED_TO {since: datetime('2026-01-01T00:00:00Z')}]-(b)
                    """).consume();
        }
    }
}
