package app.rapport.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j 5.26 Community in-process when no {@code spring.neo4j.uri} is set, with its store under
 * {@code rapport.data-dir} and an authenticated Bolt connector on loopback, and points Spring Data Neo4j's driver
 * at it with the same credentials. Going through Bolt (not the embedded API) keeps one code path for embedded and
 * external servers.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    /** The running database and how to log in to it. */
    record EmbeddedDatabase(DatabaseManagementService dbms, URI boltUri, AuthToken credentials) {

        void shutdown() {
            dbms.shutdown();
        }
    }

    @Bean(destroyMethod = "shutdown")
    EmbeddedDatabase embeddedNeo4j(RapportProperties properties, BookmarkSettings bookmarks, EmbeddedStoreSettings store) {
        Path home = properties.dataDir().toAbsolutePath().normalize();
        long started = System.nanoTime();
        EmbeddedNeo4j.requireWritable(home);
        String password = BoltPassword.resolve(properties);
        DatabaseManagementService dbms = EmbeddedNeo4j.start(home, properties.boltPort(), password, bookmarks.maxWait(),
                store.txLogRetention(), store.minReplanInterval());
        URI uri = EmbeddedNeo4j.boltUri(dbms);
        if (properties.boltPort() < 0) {
            log.info("Embedded Neo4j started in {} ms, store {}; no Bolt for tools (rapport.bolt-port=-1): the service's own "
                            + "connection on {} has a password made for this start only",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), home, uri);
        } else {
            log.info("Embedded Neo4j started in {} ms, store {}, Bolt on {} (user {}, password {})",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), home, uri, BoltPassword.USER,
                    properties.boltPassword() != null ? "from rapport.bolt-password" : "in " + home.resolve(BoltPassword.FILE_NAME));
        }
        return new EmbeddedDatabase(dbms, uri, AuthTokens.basic(BoltPassword.USER, password));
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnection(EmbeddedDatabase embeddedNeo4j) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return embeddedNeo4j.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return embeddedNeo4j.credentials();
            }
        };
    }
}
