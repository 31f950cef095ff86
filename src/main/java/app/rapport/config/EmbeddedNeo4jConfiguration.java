package app.rapport.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j 5.26 Community in-process when no {@code spring.neo4j.uri} is set, with its store under
 * {@code rapport.data-dir} and a Bolt connector on loopback, and points Spring Data Neo4j's driver at
 * it. Going through Bolt (not the embedded API) keeps one code path for embedded and external servers.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedNeo4j(RapportProperties properties) {
        Path home = properties.dataDir().toAbsolutePath().normalize();
        requireWritable(home);
        requireFreePort(properties.boltPort());
        long started = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setUserLogProvider(new Slf4jLogProvider())
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(10))
                    .build();
        } catch (RuntimeException e) {
            throw new EmbeddedNeo4jException("Embedded Neo4j could not start in " + home + ": " + rootMessage(e), e);
        }
        log.info("Embedded Neo4j started in {} ms, store {}, Bolt on {}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), home, boltUri(dbms));
        return dbms;
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnection(DatabaseManagementService embeddedNeo4j) {
        URI uri = boltUri(embeddedNeo4j);
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }

    static URI boltUri(DatabaseManagementService dbms) {
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var address = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        return URI.create("bolt://127.0.0.1:" + address.getPort());
    }

    private static void requireWritable(Path home) {
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
        if (port == 0) {
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
