package app.rapport.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.boot.convert.DurationStyle;

import picocli.CommandLine;

/**
 * Starts Neo4j 5.26 Community in-process with a Bolt connector on loopback: the service's default
 * database (and so also the temporary stores of {@code evaluate} and the benchmarks). Authentication is on:
 * user {@code neo4j} with the password of {@link BoltPassword}, in force before the Bolt port first opens.
 */
final class EmbeddedNeo4j {

    /**
     * Transaction logs kept beyond what crash recovery needs ({@code db.tx_log.rotation.retention_policy}).
     * Neo4j never prunes the logs written since the last checkpoint, so any policy keeps recovery safe;
     * Community has no online backup or cluster catch-up that could use older ones, and Neo4j's own
     * default (2 days) kept 2.4 GB beside an 852 MB store after a 5M-connection import.
     */
    static final String DEFAULT_TX_LOG_RETENTION = "128M size";

    /**
     * How often Cypher may replan a cached query whose statistics moved ({@code dbms.cypher.min_replan_interval}; Neo4j:
     * 10 s). Replanning runs on the request that finds its plan stale, and every other request for that query waits for
     * it; on a young store whose counts quadruple every few seconds (invitations, change records, rollups, impressions
     * all start at zero) that was 30–60 % of the CPU of the load test and most of its waits (README, issue 12). The
     * request queries are id lookups whose plans do not get better with fresher counts; a stale plan still gets replanned,
     * at most this often.
     */
    static final String DEFAULT_MIN_REPLAN_INTERVAL = "10m";

    /**
     * How long Bolt's Netty event loops wait for quiet before they stop ({@code internal.dbms.bolt.netty_server_shutdown_quiet_period};
     * Neo4j: 5 s). Bolt shuts down after the databases have stopped, and it waits that long twice (boss and worker loops):
     * 10 s of idle wait on every shutdown, a quarter of a 5M-connection initial import's whole command (issue 15).
     */
    private static final int BOLT_SHUTDOWN_QUIET_SECONDS = 0;

    /** Smaller log files than Neo4j's 256M default, so the retention above prunes in finer steps. */
    private static final long TX_LOG_ROTATION_BYTES = 64L * 1024 * 1024;

    private EmbeddedNeo4j() {
    }

    /**
     * @param home     the store directory (created when missing, checked writable by {@link #requireWritable})
     * @param boltPort 0 for any free port; below 0 the connector still listens on a free loopback port, because
     *                 the service reaches the database through it, but no one outside the process knows its password
     * @param password the password of user {@code neo4j}
     * @param bookmarkWait how long the database lets a transaction wait for a bookmark it has not reached
     * @param txLogRetention a {@code db.tx_log.rotation.retention_policy} value, e.g. {@code 128M size}, {@code 2 days}
     */
    static DatabaseManagementService start(Path home, int boltPort, String password, Duration bookmarkWait,
            String txLogRetention) {
        return start(home, boltPort, password, bookmarkWait, txLogRetention, defaultMinReplanInterval());
    }

    /** The default parsed as Spring parses the property ({@code 10m}), for starts without a context. */
    static Duration defaultMinReplanInterval() {
        return DurationStyle.detectAndParse(DEFAULT_MIN_REPLAN_INTERVAL);
    }

    /** As above, with Cypher's {@code dbms.cypher.min_replan_interval} ({@link #DEFAULT_MIN_REPLAN_INTERVAL}). */
    static DatabaseManagementService start(Path home, int boltPort, String password, Duration bookmarkWait,
            String txLogRetention, Duration minReplanInterval) {
        requireWritable(home);
        requireFreePort(boltPort);
        // Finish (or undo) a store swap a killed initial import left behind, before Neo4j opens the files.
        StoreSwap.settle(home);
        try {
            boolean newStore = !Files.isDirectory(home.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME));
            if (newStore) {
                setInitialPassword(home, password);
            }
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                    .setUserLogProvider(new Slf4jLogProvider())
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", Math.max(boltPort, 0)))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.bookmark_ready_timeout, bookmarkWait)
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(10))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, txLogRetention)
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, TX_LOG_ROTATION_BYTES)
                    .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, minReplanInterval)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, BOLT_SHUTDOWN_QUIET_SECONDS);
            DatabaseManagementService dbms = builder.build();
            try {
                // A new store's user already has this password (above); the command would be Cypher's first
                // compilation in the process, about a second of a small import's start, to change nothing.
                if (!newStore) {
                    setPassword(dbms, password);
                }
            } catch (RuntimeException e) {
                dbms.shutdown();
                throw e;
            }
            return dbms;
        } catch (EmbeddedNeo4jException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EmbeddedNeo4jException("Embedded Neo4j could not start in " + home + ": " + rootMessage(e), e);
        }
    }

    /**
     * A new store: Neo4j's own {@code neo4j-admin dbms set-initial-password}, so the password holds from the
     * first moment the port listens (the default {@code neo4j/neo4j} never does).
     */
    private static void setInitialPassword(Path home, String password) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExecutionContext context = new ExecutionContext(home, home.resolve("conf"),
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                new org.neo4j.io.fs.DefaultFileSystemAbstraction());
        // "--" ends the options: a generated password is URL-safe Base64 and starts with '-' one time in 64, which
        // picocli would otherwise read as an unknown option ("Missing required parameter: '<password>'").
        int exit = new CommandLine(new SetInitialPasswordCommand(context)).execute("--", password);
        if (exit != 0) {
            throw new EmbeddedNeo4jException("Could not set the embedded database's password in " + home + ": "
                    + err.toString(StandardCharsets.UTF_8).strip());
        }
    }

    /**
     * Every start: the store's {@code neo4j} user gets the password of this start (a changed
     * {@code rapport.bolt-password}, a store made before authentication was on, or {@code bolt-port=-1}).
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to itself: the store already has this one.
            if (e.getMessage() == null || !e.getMessage().contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    /** Where the driver reaches the database (the real port when 0 was asked for). */
    static URI boltUri(DatabaseManagementService dbms) {
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var address = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        return URI.create("bolt://127.0.0.1:" + address.getPort());
    }

    static void requireWritable(Path home) {
        try {
            Files.createDirectories(home);
            Path probe = Files.createTempFile(home, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new EmbeddedNeo4jException("Data directory " + home + " cannot be written ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); set rapport.data-dir to a writable directory");
        }
    }

    private static void requireFreePort(int port) {
        if (port <= 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new EmbeddedNeo4jException("Bolt port " + port + " on 127.0.0.1 is already in use; "
                    + "stop what holds it or set rapport.bolt-port (0 = any free port)");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
