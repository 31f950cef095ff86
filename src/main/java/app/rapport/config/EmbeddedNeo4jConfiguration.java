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
 * {@code rapport.data-dir} and a Bolt connector on loopback, and points Spring Data Neo4j's driver at
 * it. Going through Bolt (not the embedded API) keeps one code path for embedded and external servers.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedNeo4j(RapportProperties properties, EmbeddedStoreSettings store) {
        Path home = properties.dataDir().toAbsolutePath().normalize();
        long started = System.nanoTime();
        DatabaseManagementService dbms = EmbeddedNeo4j.start(home, properties.boltPort(), store.txLogRetention());
        log.info("Embedded Neo4j started in {} ms, store {}, Bolt on {}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), home, EmbeddedNeo4j.boltUri(dbms));
        return dbms;
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnection(DatabaseManagementService embeddedNeo4j) {
        URI uri = EmbeddedNeo4j.boltUri(embeddedNeo4j);
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
}
