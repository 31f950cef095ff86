package app.rapport.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import app.rapport.support.IntegrationTest;

class ImportersTest extends IntegrationTest {

    private static final Path LDBC = Path.of(System.getProperty("rapport.shared", "../shared"), "data/ldbc-snb-sf0.1");

    @Autowired
    Importers importers;

    @Autowired
    ImportSettings settings;

    @TempDir
    Path dir;

    @Test
    void demoDataSetHasTheLdbcCountsAndASecondImportChangesNothing() {
        List<ImportReport> first = importers.demo();
        assertThat(first).allSatisfy(r -> assertThat(r.skipped()).as(r.file()).isZero());
        assertCounts();
        String before = fingerprint();
        List<ImportReport> second = importers.demo();
        assertThat(second).allSatisfy(r -> assertThat(r.skipped()).isZero());
        assertCounts();
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(count("MATCH (m:Member {id: '933'})-[:WORKS_AT]->(o:Organization {kind: 'COMPANY'}) RETURN count(o)")).isEqualTo(3);
        assertThat(count("MATCH (:Member {id: '933'})-[:STUDIED_AT {classYear: 2011}]->(:Organization {kind: 'SCHOOL'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Member {id: '933'})-[:LIVES_IN]->(:Place {name: 'Kelaniya'})-[:PART_OF]->(:Place) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (i:Interest {key: 'hamid karzai'}) WHERE i.name = 'Hamid Karzai' RETURN count(i)")).isEqualTo(1);
    }

    @Test
    void ldbcDirectoryOnDiskImportsTheSameAsTheBundledCopy() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(LDBC), "shared LDBC data present");
        importers.ldbc(LDBC);
        assertCounts();
    }

    @Test
    void brokenLdbcRowsAreReportedWithFileAndLineAndTheRestImported() throws IOException {
        Files.writeString(dir.resolve("Person.csv"), """
                id:ID(Person)|firstName:STRING|lastName:STRING|gender:STRING|birthday:LONG|creationDate:LONG|locationIP:STRING|browserUsed:STRING
                1|Ann|Lee|female|19800101|20100101000000000|1.2.3.4|Firefox
                2|Bo|Ek|male|19800101|20100101000000000|1.2.3.4|Firefox
                3|only|three
                4|Cy|Ho|male|19800101|not-a-date|1.2.3.4|Firefox
                bad id!|Di|Xu|male|19800101|20100101000000000|1.2.3.4|Firefox
                5|Ed|Yu|male|19800101|20100101000000000|1.2.3.4|Firefox
                """);
        Files.writeString(dir.resolve("Person_knows_Person.csv"), """
                :START_ID(Person)|:END_ID(Person)|creationDate:LONG
                1|2|20100101000000000
                1|99|20100101000000000
                2|5|20100101000000000
                5|5|20100101000000000
                2|1|20100101000000000
                """);
        List<ImportReport> reports = importers.ldbc(dir);
        ImportReport members = reports.stream().filter(r -> r.what().equals("members")).findFirst().orElseThrow();
        assertThat(members.imported()).isEqualTo(3);
        assertThat(members.skipped()).isEqualTo(3);
        assertThat(members.problems()).anySatisfy(p -> assertThat(p).endsWith("Person.csv:4: expected 8 fields separated by '|', found 3"))
                .anySatisfy(p -> assertThat(p).contains("Person.csv:5:").contains("not-a-date"))
                .anySatisfy(p -> assertThat(p).contains("Person.csv:6:").contains("bad id!"));
        ImportReport knows = reports.stream().filter(r -> r.what().equals("connections")).findFirst().orElseThrow();
        assertThat(knows.skipped()).isEqualTo(2);
        assertThat(knows.problems()).anySatisfy(p -> assertThat(p).contains("Person_knows_Person.csv:3:").contains("unknown person 99"))
                .anySatisfy(p -> assertThat(p).contains("Person_knows_Person.csv:5:").contains("themself"));
        assertThat(count("MATCH (m:Member) RETURN count(m)")).isEqualTo(3);
        // 1-2 and 2-1 are one connection.
        assertThat(count("MATCH ()-[c:CONNECTED_TO]->() RETURN count(c)")).isEqualTo(2);
    }

    @Test
    void edgeListWithHeaderCommentsBrokenRowsAndInterests() throws IOException {
        BrokenEdgeFiles files = BrokenEdgeFiles.writeTo(dir);
        Path edges = files.edges();
        Path interests = files.interests();
        List<ImportReport> reports = importers.edges(edges, interests);
        ImportReport connections = reports.stream().filter(r -> r.what().equals("connections")).findFirst().orElseThrow();
        // a-b, b-c, c-d and b-a (the same pair as a-b: applied, merging into it).
        assertThat(connections.imported()).isEqualTo(4);
        assertThat(connections.skipped()).isEqualTo(4);
        assertThat(connections.problems()).containsExactly(BrokenEdgeFiles.problems(edges, BrokenEdgeFiles.EDGE_PROBLEMS));
        ImportReport interestReport = reports.stream().filter(r -> r.what().equals("interests")).findFirst().orElseThrow();
        assertThat(interestReport.imported()).isEqualTo(5);
        assertThat(interestReport.skipped()).isEqualTo(3);
        assertThat(count("MATCH ()-[c:CONNECTED_TO]->() RETURN count(c)")).isEqualTo(3);
        assertThat(count("MATCH (a:Member {id: 'a'})-[:CONNECTED_TO]->(b:Member {id: 'b'}) RETURN count(*)")).as("direction first seen").isEqualTo(1);
        assertThat(count("MATCH (m:Member) RETURN count(m)")).isEqualTo(5);
        assertThat(count("MATCH (i:Interest) RETURN count(i)")).isEqualTo(2);

        importers.edges(edges, interests);
        assertThat(count("MATCH ()-[c:CONNECTED_TO]->() RETURN count(c)")).isEqualTo(3);
        assertThat(count("MATCH ()-[r:INTERESTED_IN]->() RETURN count(r)")).isEqualTo(4);
        // Each import tells the serving instances through the change feed (they rebuild: ChangeFeedTest).
        assertThat(count("MATCH (c:Change {kind: 'import'}) RETURN count(c)")).isEqualTo(2);
    }

    @Test
    void edgeListIntoAStoreWithDataMergesIntoItsMembersConnectionsAndInterests() throws IOException {
        driver.executableQuery("""
                CREATE (a:Member {id: 'a', createdAt: datetime('2020-01-01T00:00Z'), firstName: 'Ann'}),
                       (b:Member {id: 'b', createdAt: datetime('2020-01-01T00:00Z')}),
                       (b)-[:CONNECTED_TO {since: datetime('2021-01-01T00:00Z')}]->(a),
                       (a)-[:INTERESTED_IN]->(:Interest {key: 'jazz', name: 'JAZZ'})
                """).execute();
        BrokenEdgeFiles files = BrokenEdgeFiles.writeTo(dir);
        importers.edges(files.edges(), files.interests());

        // b-a was there in the other direction: kept as it was, not doubled.
        assertThat(count("MATCH ()-[c:CONNECTED_TO]->() RETURN count(c)")).isEqualTo(3);
        assertThat(count("MATCH (:Member {id: 'b'})-[c:CONNECTED_TO]->(:Member {id: 'a'}) WHERE c.since.year = 2021 RETURN count(c)")).isEqualTo(1);
        assertThat(count("MATCH (m:Member {id: 'a'}) WHERE m.createdAt.year = 2020 AND m.firstName = 'Ann' RETURN count(m)")).isEqualTo(1);
        assertThat(count("MATCH (m:Member) RETURN count(m)")).isEqualTo(5);
        assertThat(count("MATCH (i:Interest {key: 'jazz'}) WHERE i.name = 'JAZZ' RETURN count(i)")).isEqualTo(1);
        assertThat(count("MATCH (i:Interest) RETURN count(i)")).isEqualTo(2);
        assertThat(count("MATCH (:Member)-[r:INTERESTED_IN]->(:Interest) RETURN count(r)")).isEqualTo(5);
        String before = fingerprint();
        importers.edges(files.edges(), files.interests());
        assertThat(fingerprint()).isEqualTo(before);
    }

    /**
     * More rows than a batch (10,000), so two writers run buckets at once and the member pass returns its nodes from several
     * requests: every pair of the file is connected (looked up by business id), once, and a second run changes nothing.
     */
    @Test
    void largeEdgeListIsWrittenByInternalIdsAsTheFileSaysAndARerunChangesNothing() throws IOException {
        java.util.Random random = new java.util.Random(7);
        StringBuilder edges = new StringBuilder("source,target\n");
        StringBuilder interests = new StringBuilder();
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (int i = 0; i < 24_000; i++) {
            int a = random.nextInt(3_000);
            int b = random.nextInt(3_000);
            if (a != b) {
                edges.append("m").append(a).append(',').append("m").append(b).append('\n');
                pairs.add(Math.min(a, b) + "-" + Math.max(a, b));
            }
        }
        for (int i = 0; i < 12_000; i++) {
            // Members 3000-3199 are only in the interest file.
            interests.append("m").append(random.nextInt(3_200)).append('\t').append("Topic ").append(random.nextInt(300)).append('\n');
        }
        Path edgeFile = Files.writeString(dir.resolve("large.csv"), edges);
        Path interestFile = Files.writeString(dir.resolve("large.tsv"), interests);
        importers.edges(edgeFile, interestFile);

        assertThat(count("MATCH ()-[c:CONNECTED_TO]->() RETURN count(c)")).isEqualTo(pairs.size());
        assertThat(count("MATCH (a)-[:CONNECTED_TO]-(b) WITH a, b, count(*) AS n WHERE n > 1 RETURN count(*)")).isZero();
        List<List<String>> expected = pairs.stream().map(p -> List.of("m" + p.substring(0, p.indexOf('-')), "m" + p.substring(p.indexOf('-') + 1))).toList();
        assertThat(driver.executableQuery("""
                UNWIND $pairs AS p
                MATCH (:Member {id: p[0]})-[c:CONNECTED_TO]-(:Member {id: p[1]})
                RETURN count(c) AS n
                """).withParameters(java.util.Map.of("pairs", expected)).execute().records().get(0).get("n").asLong()).isEqualTo(pairs.size());
        assertThat(count("MATCH (m:Member) WHERE m.id STARTS WITH 'm' RETURN count(m)")).isGreaterThan(3_000);
        assertThat(count("MATCH (:Member)-[r:INTERESTED_IN]->(:Interest) RETURN count(r)"))
                .isEqualTo(interests.toString().lines().map(l -> l.split("\t")[0] + "/" + l.split("\t")[1].toLowerCase()).distinct().count());
        String before = fingerprint();
        importers.edges(edgeFile, interestFile);
        assertThat(fingerprint()).isEqualTo(before);
    }

    /**
     * The connection pass reads a member's connections once and creates the missing ones, under the member's lock: the
     * invitations connecting the same pairs at the same time (both members locked, check, create) never double one. The
     * invitations take the pairs from the last member the import writes backwards, so they connect pairs before the
     * import reaches them; the connection pass starts only once they have connected 100 (the members exist from the
     * first pass), and they go on connecting while it runs.
     */
    @Test
    void connectingThePairsBeingImportedAtTheSameTimeNeverDoublesAConnection() throws Exception {
        java.util.Random random = new java.util.Random(11);
        StringBuilder edges = new StringBuilder();
        java.util.Set<List<String>> pairs = new java.util.LinkedHashSet<>();
        while (pairs.size() < 20_000) {
            int a = random.nextInt(2_000);
            int b = random.nextInt(2_000);
            if (a != b && !pairs.contains(List.of("m" + b, "m" + a)) && pairs.add(List.of("m" + a, "m" + b))) {
                edges.append("m").append(a).append(',').append("m").append(b).append('\n');
            }
        }
        Path edgeFile = Files.writeString(dir.resolve("race.csv"), edges);
        // The import writes each pair under its first member, members in id order: the invitations start from the end.
        List<List<String>> order = new java.util.ArrayList<>(pairs);
        order.sort(java.util.Comparator.comparing((List<String> p) -> p.get(0)).reversed());
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger connected = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch firstHundred = new java.util.concurrent.CountDownLatch(100);
        java.util.concurrent.CompletableFuture<Void> invitations = java.util.concurrent.CompletableFuture.runAsync(() -> {
            for (int i = 0; !done.get(); i = (i + 1) % order.size()) {
                List<String> p = order.get(i);
                String first = p.get(0).compareTo(p.get(1)) <= 0 ? p.get(0) : p.get(1);
                String second = first.equals(p.get(0)) ? p.get(1) : p.get(0);
                try (var session = driver.session()) {
                    int created = session.executeWrite(tx -> {
                        // As PairTransactions does: both members locked in id order, then the check and the create.
                        if (!tx.run(app.rapport.config.Cypher.query("invitation-lock-member"), java.util.Map.of("id", first)).hasNext()) {
                            return 0;
                        }
                        tx.run(app.rapport.config.Cypher.query("invitation-lock-member"), java.util.Map.of("id", second)).consume();
                        return tx.run(app.rapport.config.Cypher.query("invitation-connect"),
                                java.util.Map.of("a", p.get(1), "b", p.get(0), "now", "2026-12-01T10:00:00Z")).single().get("created").asInt();
                    });
                    connected.addAndGet(created);
                    if (created > 0) {
                        firstHundred.countDown();
                    }
                }
            }
        });
        java.util.concurrent.atomic.AtomicBoolean heldBack = new java.util.concurrent.atomic.AtomicBoolean();
        Progress.Factory holdConnections = new Progress.Factory() {
            @Override
            public Progress start(String task, long total) {
                if (task.equals("connections")) {
                    try {
                        heldBack.set(firstHundred.await(2, java.util.concurrent.TimeUnit.MINUTES));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return Progress.NONE;
            }

            @Override
            public Progress bytes(String task, long total) {
                return Progress.NONE;
            }
        };
        try {
            EdgeData data = EdgeData.read(EdgeFiles.of(edgeFile, null), Progress.Factory.SILENT, java.time.ZonedDateTime.now());
            new EdgeListImporter(new MergeSink(driver, settings.batchSize(), settings.writers()), holdConnections).write(data);
        } finally {
            done.set(true);
            invitations.get();
        }

        System.out.println("invitations connected " + connected.get() + " of " + pairs.size() + " pairs");
        assertThat(heldBack).as("the invitations connected 100 pairs before the connection pass started").isTrue();
        assertThat(settings.writers()).isGreaterThan(1);
        assertThat(count("MATCH (a)-[:CONNECTED_TO]-(b) WITH a, b, count(*) AS n WHERE n > 1 RETURN count(*)")).isZero();
        assertThat(count("MATCH ()-[c:CONNECTED_TO]->() RETURN count(c)")).isEqualTo(pairs.size());
    }

    /** The relationship passes address both ends by node id: a seek per end, no index lookup. */
    @Test
    void relationshipPassesSeekTheirEndsByNodeId() {
        for (String statement : List.of("import-connection-groups", "import-interest-groups")) {
            try (var session = driver.session()) {
                var plan = session.run("EXPLAIN " + app.rapport.config.Cypher.query(statement),
                        java.util.Map.of("rows", List.of(), "batch", 10, "since", java.time.ZonedDateTime.now())).consume().plan();
                String operators = operators(plan);
                assertThat(operators).as(statement).contains("NodeByIdSeek").doesNotContain("NodeIndexSeek")
                        .doesNotContain("NodeUniqueIndexSeek");
            }
        }
    }

    private static String operators(org.neo4j.driver.summary.Plan plan) {
        StringBuilder out = new StringBuilder(plan.operatorType());
        plan.children().forEach(c -> out.append(' ').append(operators(c)));
        return out.toString();
    }

    @Test
    void headerDetection() {
        assertThat(EdgeListImporter.isHeader(new String[] {"id_1", "id_2"})).isTrue();
        assertThat(EdgeListImporter.isHeader(new String[] {"source", "target"})).isTrue();
        assertThat(EdgeListImporter.isHeader(new String[] {"alice", "bob"})).isFalse();
        assertThat(EdgeListImporter.isHeader(new String[] {"0", "23977"})).isFalse();
    }

    private void assertCounts() {
        assertThat(count("MATCH (m:Member) RETURN count(m)")).isEqualTo(1528);
        assertThat(count("MATCH ()-[c:CONNECTED_TO]->() RETURN count(c)")).isEqualTo(14073);
        assertThat(count("MATCH ()-[r:INTERESTED_IN]->() RETURN count(r)")).isEqualTo(35475);
        assertThat(count("MATCH (a)-[:CONNECTED_TO]-(b) WITH a, b, count(*) AS n WHERE n > 1 RETURN count(*)")).isZero();
    }

    /** Node counts per label and relationship counts per type, with how many properties each carries. */
    private String fingerprint() {
        try (var session = driver.session()) {
            String nodes = session.run("""
                    MATCH (n) WHERE NOT n:__Migration AND NOT n:Change AND NOT n:ChangeCounter   // each import records one change
                    RETURN labels(n)[0] AS label, sum(size(keys(n))) AS props, count(*) AS n ORDER BY label
                    """).list(r -> r.get("label").asString() + "=" + r.get("n").asLong() + "/" + r.get("props").asLong()).toString();
            String rels = session.run("""
                    MATCH ()-[r]->()
                    RETURN type(r) AS type, sum(size(keys(r))) AS props, count(*) AS n ORDER BY type
                    """).list(r -> r.get("type").asString() + "=" + r.get("n").asLong() + "/" + r.get("props").asLong()).toString();
            return nodes + rels;
        }
    }
}
