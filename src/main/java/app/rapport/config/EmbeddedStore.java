package app.rapport.config;

import java.nio.file.Path;
import java.util.Map;
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

    private EmbeddedStore() {
    }

    /** True when the data directory holds no default database yet (a fresh {@code rapport.data-dir}). */
    public static boolean absent(Path home) {
        return StoreSwap.hasNoStore(home);
    }

    /** Nodes the store in {@code home} holds besides the migrations' bookkeeping (from Neo4j's count store). */
    public static long dataNodes(Path home, EmbeddedStoreSettings settings) {
        DatabaseManagementService dbms = EmbeddedNeo4j.start(home, 0, settings.txLogRetention());
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
        DatabaseManagementService dbms = EmbeddedNeo4j.start(home, 0, settings.txLogRetention());
        try (Driver driver = GraphDatabase.driver(EmbeddedNeo4j.boltUri(dbms), AuthTokens.none())) {
            new SchemaMigrations(driver).apply(SchemaMigrations.load());
            return work.apply(driver);
        } finally {
            dbms.shutdown();
        }
    }
}
