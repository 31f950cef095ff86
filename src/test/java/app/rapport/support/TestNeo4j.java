package app.rapport.support;

import java.net.URI;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;

import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One real Neo4j (the official test harness, in-process) for the whole test run: starting one per class
 * would cost ~10 s each. Tests clean the data between themselves; schema stays.
 */
public final class TestNeo4j {

    private static Neo4j neo4j;

    private TestNeo4j() {
    }

    public static synchronized Neo4j get() {
        if (neo4j == null) {
            neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                    // Do not wait for the driver's idle transactions at JVM exit.
                    .withConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(1))
                    // A request carrying a bookmark the database has not reached fails after this (30 s by default).
                    .withConfig(GraphDatabaseSettings.bookmark_ready_timeout, Duration.ofSeconds(2))
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close, "test-neo4j-shutdown"));
        }
        return neo4j;
    }

    public static URI boltUri() {
        return get().boltURI();
    }
}
