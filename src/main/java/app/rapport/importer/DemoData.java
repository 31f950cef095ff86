package app.rapport.importer;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * With {@code rapport.demo=true}, fills an empty database with the bundled LDBC SNB SF0.1 data set at
 * start, before the service takes requests. A database that has members is left alone.
 */
@Component
@DependsOn("schemaMigrations")
@ConditionalOnProperty(name = "rapport.demo", havingValue = "true")
class DemoData implements InitializingBean {

    static final String LOCATION = "demo/ldbc-snb-sf0.1/";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Driver driver;
    private final Importers importers;

    DemoData(Driver driver, Importers importers) {
        this.driver = driver;
        this.importers = importers;
    }

    @Override
    public void afterPropertiesSet() {
        try (var session = driver.session()) {
            long members = session.run("MATCH (m:Member) RETURN count(m) AS n").single().get("n").asLong();
            if (members > 0) {
                log.info("Demo data not loaded: the database already has {} members", members);
                return;
            }
        }
        log.info("Loading the LDBC SNB SF0.1 demo data set into the empty database");
        long start = System.nanoTime();
        importers.demo().forEach(r -> log.info("demo import: {}", r));
        log.info("Demo data loaded in {} s", (System.nanoTime() - start) / 1_000_000_000);
    }
}
