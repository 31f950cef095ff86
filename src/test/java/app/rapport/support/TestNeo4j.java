package app.rapport.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;

import org.neo4j.harness.Neo4j;
import org.neo4j.driver.Driver;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.test.context.DynamicPropertyRegistry;

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
                    // Neo4j's default: the server would hold a request carrying a bookmark from the future for 30 s;
                    // the service's own cap (rapport.bookmarks.max-wait, 2 s) must answer long before (BookmarksTest).
                    .withConfig(GraphDatabaseSettings.bookmark_ready_timeout, Duration.ofSeconds(30))
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close, "test-neo4j-shutdown"));
        }
        return neo4j;
    }

    public static URI boltUri() {
        return get().boltURI();
    }

    /** Deletes all data (the schema and the applied-migrations record stay). */
    public static void wipe(Driver driver) {
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE NOT n:__Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    /** Points a Spring test context at this database, with its own temporary {@code rapport.data-dir} (the JWT key). */
    public static void register(DynamicPropertyRegistry registry, String dataDirPrefix) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory(dataDirPrefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dataDir.toFile().deleteOnExit();
        registry.add("spring.neo4j.uri", () -> boltUri().toString());
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", () -> "");
        registry.add("rapport.data-dir", dataDir::toString);
    }
}
