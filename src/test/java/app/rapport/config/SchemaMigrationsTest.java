package app.rapport.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.rapport.support.IntegrationTest;

class SchemaMigrationsTest extends IntegrationTest {

    @Autowired
    SchemaMigrations migrations;

    @AfterEach
    void dropTestMigrations() {
        try (var session = driver.session()) {
            session.run("MATCH (m:__Migration) WHERE m.version >= 9000 DELETE m").consume();
            session.run("DROP INDEX test_probe_name IF EXISTS").consume();
        }
    }

    @Test
    void bundledMigrationsAreAppliedOnceAtStartWithChecksums() {
        List<Migration> bundled = SchemaMigrations.load();
        assertThat(bundled).extracting(Migration::version).startsWith(1).isSorted();
        assertThat(count("MATCH (m:__Migration) WHERE m.version < 9000 RETURN count(m)")).isEqualTo(bundled.size());
        assertThat(count("MATCH (m:__Migration {version: 1}) WHERE size(m.checksum) = 64 RETURN count(m)")).isEqualTo(1);
        assertThat(count("SHOW CONSTRAINTS YIELD name WHERE name = 'member_id' RETURN count(*)")).isEqualTo(1);
        // Starting again (same files) applies nothing.
        assertThat(migrations.apply(bundled)).isZero();
    }

    @Test
    void newMigrationRunsOnceAndAnEditedOneStopsTheStart() {
        Migration probe = Migration.parse("V9001__Test_probe.cypher",
                "// a test migration\nCREATE INDEX test_probe_name IF NOT EXISTS FOR (p:Probe) ON (p.name);\n");
        assertThat(migrations.apply(List.of(probe))).isEqualTo(1);
        assertThat(migrations.apply(List.of(probe))).isZero();
        assertThat(count("SHOW INDEXES YIELD name WHERE name = 'test_probe_name' RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (m:__Migration {version: 9001}) RETURN count(m)")).isEqualTo(1);

        Migration edited = Migration.parse("V9001__Test_probe.cypher",
                "CREATE INDEX test_probe_name IF NOT EXISTS FOR (p:Probe) ON (p.other);\n");
        assertThatThrownBy(() -> migrations.apply(List.of(edited)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V9001")
                .hasMessageContaining("changed after it was applied");
    }

    /** V0002 folds the old per-view impression nodes into one record per (member, candidate, UTC day, simulated). */
    @Test
    void oldImpressionNodesAreFoldedIntoAggregatedRecords() {
        cypher("""
                UNWIND [['a', 'b', 3, '2026-06-01T08:00:00Z', ['SAME_CITY']], ['a', 'b', 1, '2026-06-01T09:00:00Z', ['MUTUAL_CONNECTIONS']],
                        ['a', 'b', 2, '2026-06-01T10:00:00Z', ['SHARED_INTERESTS']], ['a', 'b', 5, '2026-06-02T08:00:00Z', ['SAME_CITY']],
                        ['a', 'c', 4, '2026-06-01T08:00:00Z', ['SAME_SCHOOL']]] AS v
                CREATE (:SuggestionImpression {member: v[0], candidate: v[1], rank: v[2], score: 0.5, reasons: v[4],
                                               shownAt: datetime(v[3]), simulated: false})
                """, java.util.Map.of());
        Migration v2 = SchemaMigrations.load().stream().filter(m -> m.version() == 2).findFirst().orElseThrow();
        // The same script under a test version, so it runs again on this store.
        assertThat(migrations.apply(List.of(Migration.parse("V9002__Aggregated_impressions_again.cypher", v2.script())))).isEqualTo(1);

        assertThat(count("MATCH (s:SuggestionImpression) RETURN count(s)")).isZero();
        assertThat(count("MATCH (s:SuggestionShown) RETURN count(s)")).isEqualTo(3);
        assertThat(count("""
                MATCH (s:SuggestionShown {member: 'a', candidate: 'b', day: date('2026-06-01'), simulated: false})
                WHERE s.shown = 3 AND s.bestRank = 1 AND s.lastRank = 2 AND s.reasons = ['SHARED_INTERESTS']
                  AND s.firstShown = datetime('2026-06-01T08:00:00Z') AND s.lastShown = datetime('2026-06-01T10:00:00Z')
                RETURN count(s)""")).isEqualTo(1);
        assertThat(count("MATCH (s:SuggestionShown {candidate: 'b', day: date('2026-06-02')}) WHERE s.shown = 1 RETURN count(s)")).isEqualTo(1);
        assertThat(count("SHOW INDEXES YIELD name WHERE name STARTS WITH 'impression_' RETURN count(*)")).isZero();
    }

    @Test
    void badFileNamesAreRejected() {
        assertThatThrownBy(() -> Migration.parse("V1__x.cypher", "RETURN 1;"))
                .isInstanceOf(MigrationException.class).hasMessageContaining("V####__Name.cypher");
    }

    @Test
    void statementsSplitAtLineEndSemicolonsAndSkipComments() {
        Migration m = Migration.parse("V9002__Split.cypher", "// c\nCREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x);\n\nRETURN 'a;b';\n");
        assertThat(m.statements()).containsExactly("CREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x)", "RETURN 'a;b'");
    }

    @Test
    void schemaStatementsAreKnownByTheNameTheyCreateOrDrop() {
        assertThat(Migration.schemaChange("CREATE CONSTRAINT member_id IF NOT EXISTS FOR (m:Member) REQUIRE m.id IS UNIQUE"))
                .contains("+member_id");
        assertThat(Migration.schemaChange("create range index `a b` for (n:A) on (n.x)")).contains("+a b");
        assertThat(Migration.schemaChange("DROP INDEX connection_since IF EXISTS")).contains("-connection_since");
        assertThat(Migration.schemaChange("CREATE INDEX IF NOT EXISTS FOR (n:A) ON (n.x)")).isEmpty();
        assertThat(Migration.schemaChange("CREATE (:Index {name: 'x'})")).isEmpty();
        assertThat(Migration.schemaChange("MATCH (r:InvitationRollup) DETACH DELETE r")).isEmpty();
    }

    @Test
    void aNewStoreGetsTheSchemaTheMigrationsLeaveWithoutWhatALaterOneDrops() {
        List<Migration> steps = List.of(
                Migration.parse("V9001__A.cypher", "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x);\n"
                        + "MATCH (n:A) SET n.y = 1;\n"),
                Migration.parse("V9002__B.cypher", "DROP INDEX a IF EXISTS;\nDROP INDEX old IF EXISTS;\nCREATE INDEX c IF NOT EXISTS FOR (n:C) ON (n.x);\n"));
        assertThat(SchemaMigrations.finalSchema(steps)).containsExactly("DROP INDEX old IF EXISTS",
                "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x)", "CREATE INDEX c IF NOT EXISTS FOR (n:C) ON (n.x)");
        assertThat(SchemaMigrations.finalSchema(SchemaMigrations.load()))
                .anyMatch(s -> s.contains("member_id"))
                .noneMatch(s -> s.contains("connection_since") || s.contains("impression_shown") || s.startsWith("DROP"));
    }

    @Test
    void aStatementStartsFromALabelOnlyWhenItsFirstClauseMatchesOne() {
        assertThat(Migration.leadingLabel("MATCH (r:InvitationRollup) DETACH DELETE r")).contains("InvitationRollup");
        assertThat(Migration.leadingLabel("match (i:Invitation)\nWHERE i.sentAt IS NOT NULL\nMATCH (s:Member)-[:SENT]->(i) RETURN s"))
                .contains("Invitation");
        assertThat(Migration.leadingLabel("MATCH (:Invitation {id: 'x'}) RETURN 1")).contains("Invitation");
        assertThat(Migration.leadingLabel("MERGE (c:ChangeCounter {id: 'suggestions'}) ON CREATE SET c.seq = 0")).isEmpty();
        assertThat(Migration.leadingLabel("OPTIONAL MATCH (i:Invitation) RETURN count(i)")).isEmpty();
        assertThat(Migration.leadingLabel("MATCH (n:A|B) SET n.x = 1")).isEmpty();
        assertThat(Migration.leadingLabel("MATCH (n:A:B) SET n.x = 1")).isEmpty();
        assertThat(Migration.leadingLabel("MATCH (n) SET n.x = 1")).isEmpty();
        assertThat(Migration.leadingLabel("MATCH (n:A) RETURN n.x AS x UNION CREATE (m:B) RETURN m.x AS x")).isEmpty();
    }

    @Test
    void aStatementStartingFromALabelAnEarlierOneCreatesStillRuns() {
        java.util.Set<String> present = new java.util.HashSet<>(java.util.Set.of("Member"));
        assertThat(SchemaMigrations.withRows(List.of(
                "MATCH (i:Invitation) SET i.x = 1",
                "MATCH (m:Member) SET m.x = 1",
                "MERGE (c:Counter {id: 'a'}) ON CREATE SET c.seq = 0",
                "MATCH (c:Counter) SET c.seq = c.seq + 1",
                "MATCH (m:Member) CREATE (m)-[:HAS]->(:Badge)",
                "MATCH (b:Badge) SET b.x = 1",
                "MATCH (r:Rollup) DETACH DELETE r"), present)).containsExactly(
                "MATCH (m:Member) SET m.x = 1",
                "MERGE (c:Counter {id: 'a'}) ON CREATE SET c.seq = 0",
                "MATCH (c:Counter) SET c.seq = c.seq + 1",
                "MATCH (m:Member) CREATE (m)-[:HAS]->(:Badge)",
                "MATCH (b:Badge) SET b.x = 1");
        assertThat(SchemaMigrations.withRows(List.of("MATCH (m:Member) SET m:$(m.kind)", "MATCH (r:Rollup) DETACH DELETE r"),
                new java.util.HashSet<>(java.util.Set.of("Member")))).hasSize(2);
    }

    /**
     * A new store skips the data statements that start from a label none of its nodes has (applyToNewStore): each
     * bundled one must then change nothing, e.g. no aggregate without grouping keys that writes a row of zeros.
     */
    @Test
    void everyBundledStatementStartingFromAnAbsentLabelChangesNothing() {
        List<String> skippable = SchemaMigrations.load().stream().flatMap(m -> m.statements().stream())
                .filter(s -> Migration.schemaChange(s).isEmpty() && Migration.leadingLabel(s).isPresent()).toList();
        assertThat(skippable).hasSizeGreaterThanOrEqualTo(10);
        for (String statement : skippable) {
            String label = Migration.leadingLabel(statement).orElseThrow();
            assertThat(count("MATCH (n:`" + label + "`) RETURN count(n)")).as(label).isZero();
            try (var session = driver.session()) {
                var counters = session.run(statement).consume().counters();
                assertThat(counters.containsUpdates()).as(statement).isFalse();
            }
        }
    }
}
