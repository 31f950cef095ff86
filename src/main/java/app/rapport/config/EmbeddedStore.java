package app.rapport.config;

import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * What the initial import asks of an embedded store before anything opens it: is there one, and does it
 * hold data. The store is opened in-process for that (no Bolt, no credentials) and closed again.
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
}
