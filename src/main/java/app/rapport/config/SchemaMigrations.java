package app.rapport.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/migrations/V####__Name.cypher} in version order, each once, and records each in
 * the graph as {@code (:__Migration {version, description, checksum, appliedAt})}. An applied file whose
 * checksum changed stops the start. Written by hand because neo4j-migrations is not served here; it
 * follows that library's conventions so switching later is a drop-in.
 */
@Component
class SchemaMigrations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final String LOCATION = "classpath*:cypher/migrations/V*.cypher";

    private static final String MIGRATION_CONSTRAINT =
            "CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE";

    /** Not a label (a backtick is not a word character): stands for any label after a dynamic one. */
    private static final String ANY_LABEL = "`any`";

    private final Driver driver;

    SchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterPropertiesSet() {
        apply(load());
    }

    static List<Migration> load() {
        try {
            List<Migration> migrations = new ArrayList<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                migrations.add(Migration.parse(r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8)));
            }
            migrations.sort(Comparator.comparingInt(Migration::version));
            for (int i = 1; i < migrations.size(); i++) {
                if (migrations.get(i).version() == migrations.get(i - 1).version()) {
                    throw new MigrationException("Two migration files share version " + migrations.get(i).version());
                }
            }
            return migrations;
        } catch (IOException e) {
            throw new MigrationException("Cannot read migrations from " + LOCATION, e);
        }
    }

    /** Applies what is new; returns how many migrations ran. */
    int apply(List<Migration> migrations) {
        try (Session session = driver.session(SessionConfig.defaultConfig())) {
            session.run(MIGRATION_CONSTRAINT).consume();
            Map<Integer, String> applied = session.executeRead(tx -> tx
                    .run("MATCH (m:__Migration) RETURN m.version AS version, m.checksum AS checksum").list()
                    .stream().collect(Collectors.toMap(r -> r.get("version").asInt(), r -> r.get("checksum").asString())));
            int ran = 0;
            for (Migration migration : migrations) {
                String checksum = applied.get(migration.version());
                if (checksum != null) {
                    if (!checksum.equals(migration.checksum())) {
                        throw new MigrationException("Migration V%04d (%s) was changed after it was applied: checksum %s in the graph, %s in the file"
                                .formatted(migration.version(), migration.description(), abbreviate(checksum), abbreviate(migration.checksum())));
                    }
                    continue;
                }
                run(session, migration);
                ran++;
            }
            return ran;
        }
    }

    /**
     * The migrations applied to a store the initial import has just built (no migration applied yet, none of the
     * application's own data): the schema they leave in the end is created in one transaction, so Neo4j populates
     * every index and constraint in one scan of the store instead of one scan each, and an index a later
     * migration drops is never built (V0001's {@code connection_since}, dropped by V0007: a scan of every
     * connection). Their other statements then run in version order, and each migration is recorded with its
     * checksum as {@link #apply} records it; a store that has any migration applied takes {@link #apply}. A data
     * statement that starts from a label no node of the new store has ({@link #withRows}: the backfills of
     * invitations, impressions and rollups the application writes later) has no rows to work on and is skipped:
     * on the 5M-connection import they cost about 4 s, planning each statement cold. {@code SchemaMigrationsTest}
     * checks that every bundled statement skipped this way changes nothing on a store without its label.
     * {@code InitialImportTest} checks both leave the same indexes and constraints.
     */
    int applyToNewStore(List<Migration> migrations) {
        try (Session session = driver.session(SessionConfig.defaultConfig())) {
            session.run(MIGRATION_CONSTRAINT).consume();
            if (session.executeRead(tx -> tx.run("MATCH (m:__Migration) RETURN count(m) AS n").single().get("n").asLong()) > 0) {
                return apply(migrations);
            }
            // The labels the importer wrote (members, interests, organisations, places): read before the schema below
            // makes tokens of the labels it names. A token may outlive its nodes, so this is never too few.
            Set<String> present = new HashSet<>(session.executeRead(tx -> tx.run("CALL db.labels() YIELD label RETURN collect(label) AS labels")
                    .single().get("labels").asList(Value::asString)));
            long start = System.nanoTime();
            List<String> schema = finalSchema(migrations);
            session.executeWrite(tx -> {
                schema.forEach(statement -> tx.run(statement).consume());
                return null;
            });
            log.info("Created the migrations' {} indexes and constraints in one transaction in {} ms", schema.size(),
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
            int skipped = 0;
            for (Migration migration : migrations) {
                List<String> data = migration.statements().stream().filter(s -> Migration.schemaChange(s).isEmpty()).toList();
                List<String> work = withRows(data, present);
                skipped += data.size() - work.size();
                run(session, migration, work);
            }
            log.info("Skipped {} data statements that start from a label no node of the new store has", skipped);
            return migrations.size();
        }
    }

    /**
     * The data statements, in order, less those that start from a label not in {@code present} (the labels that may
     * have nodes), which it extends with every label a statement kept names: a statement that creates or labels nodes
     * names their label, so a later one starting from it runs. A dynamic label ({@code $(…)}) keeps every later one.
     */
    static List<String> withRows(List<String> data, Set<String> present) {
        List<String> kept = new ArrayList<>();
        for (String statement : data) {
            if (!present.contains(ANY_LABEL) && Migration.leadingLabel(statement).filter(l -> !present.contains(l)).isPresent()) {
                continue;
            }
            kept.add(statement);
            present.addAll(Migration.namedLabels(statement));
            if (statement.contains("$(")) {
                present.add(ANY_LABEL);
            }
        }
        return kept;
    }

    /** The named schema statements of {@code migrations} in order, less each creation a later drop undoes (and that drop). */
    static List<String> finalSchema(List<Migration> migrations) {
        Map<String, String> created = new LinkedHashMap<>();
        List<String> result = new ArrayList<>();
        for (Migration migration : migrations) {
            for (String statement : migration.statements()) {
                String change = Migration.schemaChange(statement).orElse(null);
                if (change == null) {
                    continue;
                }
                String name = change.substring(1);
                if (change.startsWith("+")) {
                    created.put(name, statement);
                } else if (created.remove(name) == null) {
                    result.add(statement);
                }
            }
        }
        result.addAll(created.values());
        return result;
    }

    private static void run(Session session, Migration migration) {
        run(session, migration, migration.statements());
    }

    private static void run(Session session, Migration migration, List<String> statements) {
        long start = System.nanoTime();
        for (String statement : statements) {
            // Schema commands cannot share a transaction with data writes, so each runs in its own.
            session.run(statement).consume();
        }
        session.executeWrite(tx -> tx.run("""
                MERGE (m:__Migration {version: $version})
                ON CREATE SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
                """, Map.of("version", migration.version(), "description", migration.description(),
                "checksum", migration.checksum())).consume());
        log.info("Applied migration V{} {} in {} ms", "%04d".formatted(migration.version()), migration.description(),
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    private static String abbreviate(String checksum) {
        return checksum.substring(0, 12);
    }
}
