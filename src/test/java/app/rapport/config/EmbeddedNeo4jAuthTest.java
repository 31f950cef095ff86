package app.rapport.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The product's own embedded start (not the test harness): its Bolt port wants user {@code neo4j} and the password
 * generated into the data dir (owner-only) or set with {@code rapport.bolt-password}; nothing else gets in.
 */
class EmbeddedNeo4jAuthTest {

    @TempDir
    Path dir;

    @Test
    void theBoltPortRefusesAnyoneWithoutTheGeneratedPasswordAndKeepsItAcrossStarts() throws Exception {
        RapportProperties properties = new RapportProperties(dir, 0, false, 300);
        String password = BoltPassword.resolve(properties);
        Path file = dir.resolve(BoltPassword.FILE_NAME);
        assertThat(Files.readString(file).strip()).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        DatabaseManagementService dbms = EmbeddedNeo4j.start(dir, 0, password, Duration.ofSeconds(2), EmbeddedNeo4j.DEFAULT_TX_LOG_RETENTION);
        try {
            String uri = EmbeddedNeo4j.boltUri(dbms).toString();
            refused(uri, AuthTokens.none());
            refused(uri, AuthTokens.basic("neo4j", "neo4j"));
            assertThat(count(uri, AuthTokens.basic("neo4j", password))).isZero();
            // Cypher replans a stale query at most every 10 min, not Neo4j's 10 s (see DEFAULT_MIN_REPLAN_INTERVAL).
            assertThat(((GraphDatabaseAPI) dbms.database("neo4j")).getDependencyResolver().resolveDependency(Config.class)
                    .get(GraphDatabaseSettings.cypher_min_replan_interval)).isEqualTo(Duration.ofMinutes(10));
        } finally {
            dbms.shutdown();
        }
        // A second start on the same data dir (a command, the service after a restart) finds the same password.
        assertThat(BoltPassword.resolve(properties)).isEqualTo(password);
        dbms = EmbeddedNeo4j.start(dir, 0, password, Duration.ofSeconds(2), EmbeddedNeo4j.DEFAULT_TX_LOG_RETENTION);
        try {
            assertThat(count(EmbeddedNeo4j.boltUri(dbms).toString(), AuthTokens.basic("neo4j", password))).isZero();
        } finally {
            dbms.shutdown();
        }
    }

    @Test
    void aPasswordThatLooksLikeAnOptionStillSetsUpANewStore() {
        // Generated passwords are URL-safe Base64: one in 64 starts with '-' (seen failing a first start in CI-like runs).
        for (String password : new String[] {"-Xy3kPq9_rT2mW8vLa0bNcD", "--help-me-please-1"}) {
            Path store = dir.resolve("store" + password.length());
            DatabaseManagementService dbms = EmbeddedNeo4j.start(store, 0, password, Duration.ofSeconds(2), EmbeddedNeo4j.DEFAULT_TX_LOG_RETENTION);
            try {
                assertThat(count(EmbeddedNeo4j.boltUri(dbms).toString(), AuthTokens.basic("neo4j", password))).isZero();
            } finally {
                dbms.shutdown();
            }
        }
    }

    @Test
    void aConfiguredPasswordReplacesTheStoredOneAndBoltPortMinusOneWritesNone() throws Exception {
        Path store = dir.resolve("store");
        String generated = BoltPassword.resolve(new RapportProperties(store, 0, false, 300));
        EmbeddedNeo4j.start(store, 0, generated, Duration.ofSeconds(2), EmbeddedNeo4j.DEFAULT_TX_LOG_RETENTION).shutdown();

        String configured = "configured-password-1";
        RapportProperties withPassword = new RapportProperties(store, 0, false, 300, configured);
        assertThat(BoltPassword.resolve(withPassword)).isEqualTo(configured);
        DatabaseManagementService dbms = EmbeddedNeo4j.start(store, 0, configured, Duration.ofSeconds(2), EmbeddedNeo4j.DEFAULT_TX_LOG_RETENTION);
        try {
            String uri = EmbeddedNeo4j.boltUri(dbms).toString();
            refused(uri, AuthTokens.basic("neo4j", generated));
            assertThat(count(uri, AuthTokens.basic("neo4j", configured))).isZero();
        } finally {
            dbms.shutdown();
        }

        Path closed = dir.resolve("closed");
        String once = BoltPassword.resolve(new RapportProperties(closed, -1, false, 300));
        assertThat(once).isNotEqualTo(BoltPassword.resolve(new RapportProperties(closed, -1, false, 300)));
        assertThat(closed.resolve(BoltPassword.FILE_NAME)).doesNotExist();
    }

    private static void refused(String uri, AuthToken token) {
        try (Driver driver = GraphDatabase.driver(uri, token)) {
            assertThatThrownBy(() -> driver.executableQuery("RETURN 1").execute()).isInstanceOf(AuthenticationException.class);
        }
    }

    private static long count(String uri, AuthToken token) {
        try (Driver driver = GraphDatabase.driver(uri, token)) {
            return driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0).get("n").asLong();
        }
    }
}
