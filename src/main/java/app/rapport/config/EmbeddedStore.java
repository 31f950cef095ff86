package app.rapport.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * What the initial import asks of an embedded store before anything opens it: is there one, and does it
 * hold data. The store is opened in-process for that (no Bolt, no credentials) and closed again. And, once
 * the initial import built a store, its first start without the service around it ({@link #open}).
 */
public final class EmbeddedStore {

    /** No bookmarks travel on these internal starts; the service's own setting does not apply. */
    private static final Duration INTERNAL_BOOKMARK_WAIT = Duration.ofSeconds(2);

    private EmbeddedStore() {
    }

    /** True when the data directory holds no default database yet (a fresh {@code rapport.data-dir}). */
    public static boolean absent(Path home) {
        return StoreSwap.hasNoStore(home);
    }

    /** Nodes the store in {@code home} holds besides the migrations' bookkeeping (from Neo4j's count store). */
    public static long dataNodes(Path home, EmbeddedStoreSettings settings) {
        DatabaseManagementService dbms = start(home, settings, oneOffPassword());
        try {
            return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally(
                    Cypher.query("import-data-present"), Map.of(), r -> (Long) r.next().get("data"));
        } finally {
            dbms.shutdown();
        }
    }

    /**
     * Starts the database on the store in {@code home} as the service would (its settings, migrations applied),
     * Bolt on a free loopback port, runs {@code work} with a driver to it, and shuts it down (a checkpoint, so
     * the files are final). The initial import uses it to finish a new store without starting the whole
     * service's context, which would then only wait for it.
     */
    public static <T> T open(Path home, EmbeddedStoreSettings settings, Function<Driver, T> work) {
        String password = oneOffPassword();
        DatabaseManagementService dbms = start(home, settings, password);
        try (Driver driver = GraphDatabase.driver(EmbeddedNeo4j.boltUri(dbms), AuthTokens.basic(BoltPassword.USER, password))) {
            new SchemaMigrations(driver).applyToNewStore(SchemaMigrations.load());
            return work.apply(driver);
        } finally {
            dbms.shutdown();
        }
    }

    /**
     * These starts serve only this process (an ephemeral loopback port): a password made for the one start. Every
     * start sets the store's password to its own, so the service's next start puts the configured one back.
     */
    private static DatabaseManagementService start(Path home, EmbeddedStoreSettings settings, String password) {
        return EmbeddedNeo4j.start(home, 0, password, INTERNAL_BOOKMARK_WAIT, settings.txLogRetention(), settings.minReplanInterval());
    }

    private static String oneOffPassword() {
        return UUID.randomUUID().toString();
    }
}
