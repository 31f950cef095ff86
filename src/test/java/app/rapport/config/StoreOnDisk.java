package app.rapport.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Function;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * For tests outside {@code config}: the embedded database on a store directory, started as the service
 * starts it (migrations applied, the default transaction-log retention checked), for the duration of a piece
 * of work. Lives in the test sources so the starter and the migrations stay package-private in main.
 */
public final class StoreOnDisk {

    private StoreOnDisk() {
    }

    public static <T> T with(Path home, Function<Driver, T> work) {
        String password = java.util.UUID.randomUUID().toString();
        DatabaseManagementService dbms = EmbeddedNeo4j.start(home, 0, password, java.time.Duration.ofSeconds(2),
                EmbeddedNeo4j.DEFAULT_TX_LOG_RETENTION);
        try (Driver driver = GraphDatabase.driver(EmbeddedNeo4j.boltUri(dbms), AuthTokens.basic(BoltPassword.USER, password))) {
            new SchemaMigrations(driver).apply(SchemaMigrations.load());
            String retention = driver.executableQuery("SHOW SETTINGS YIELD name, value WHERE name = 'db.tx_log.rotation.retention_policy' RETURN value")
                    .execute().records().get(0).get(0).asString();
            assertThat(retention).isEqualTo(EmbeddedNeo4j.DEFAULT_TX_LOG_RETENTION);
            return work.apply(driver);
        } finally {
            dbms.shutdown();
        }
    }
}
