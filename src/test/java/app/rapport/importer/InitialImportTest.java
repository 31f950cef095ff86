package app.rapport.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import app.rapport.config.StoreOnDisk;
import app.rapport.suggestion.MemberGraphStore;
import app.rapport.suggestion.Suggestion;
import app.rapport.suggestion.Suggestions;
import app.rapport.support.IntegrationTest;
import app.rapport.support.ServiceOnStore;

/**
 * The initial path (batch importer into a new store) and the incremental path (MERGE into the live
 * database) read the same files into the same graph: every node and relationship with its properties
 * and direction, the same schema, the same bad-row reports, and the same suggestions.
 */
class InitialImportTest extends IntegrationTest {

    private static final ImportSettings QUIET = new ImportSettings(500, 2, false);

    @Autowired
    Importers importers;

    @Autowired
    Suggestions suggestions;

    @Autowired
    MemberGraphStore graphs;

    @TempDir
    Path tmp;

    @Test
    void demoDataSetGivesTheSameGraphAndTheSameSuggestionsOnBothPaths() {
        List<ImportReport> incremental = importers.demo();
        List<ImportReport> initial = new InitialImport(tmp.resolve("store"), QUIET, clock).ldbc(RowSource.classpath(DemoData.LOCATION));
        assertThat(summary(initial)).isEqualTo(summary(incremental));

        String expected = dump(driver);
        assertThat(expected).contains("Member{createdAt=2010-", "CONNECTED_TO", "PART_OF", "STUDIED_AT Member:", "{classYear=",
                "WORKS_AT Member:", "{from=", "Organization{id=", "kind=SCHOOL", "Interest{key=hamid karzai, name=Hamid Karzai}");
        assertThat(onStore(tmp.resolve("store"), InitialImportTest::dump)).isEqualTo(expected);

        List<String> sample = members(driver);
        Map<String, List<Suggestion>> served = new TreeMap<>();
        graphs.reload();
        sample.forEach(id -> served.put(id, suggestions.suggest(id, 10, false, false)));
        try (ConfigurableApplicationContext other = ServiceOnStore.start(tmp.resolve("store"))) {
            other.getBean(MemberGraphStore.class).reload();
            Suggestions fromInitial = other.getBean(Suggestions.class);
            for (String id : sample) {
                List<Suggestion> a = served.get(id);
                List<Suggestion> b = fromInitial.suggest(id, 10, false, false);
                assertThat(b).extracting(Suggestion::memberId).as("suggestions for " + id).isEqualTo(a.stream().map(Suggestion::memberId).toList());
                for (int i = 0; i < a.size(); i++) {
                    assertThat(b.get(i).score()).isCloseTo(a.get(i).score(), within(1e-9));
                    assertThat(b.get(i).mutualConnectionCount()).isEqualTo(a.get(i).mutualConnectionCount());
                    assertThat(b.get(i).sharedInterests()).containsExactlyInAnyOrderElementsOf(a.get(i).sharedInterests());
                }
            }
            assertThat(served.values()).anySatisfy(list -> assertThat(list).isNotEmpty());
        }
    }

    @Test
    void edgeListWithBrokenRowsIsReportedAndImportedAlikeOnBothPaths() throws IOException {
        BrokenEdgeFiles files = BrokenEdgeFiles.writeTo(tmp);
        List<ImportReport> incremental = importers.edges(files.edges(), files.interests());
        List<ImportReport> initial = new InitialImport(tmp.resolve("store"), QUIET, clock).edges(files.edges(), files.interests());

        assertThat(summary(initial)).isEqualTo(summary(incremental));
        ImportReport connections = initial.stream().filter(r -> r.what().equals("connections")).findFirst().orElseThrow();
        assertThat(connections.problems()).containsExactly(BrokenEdgeFiles.problems(files.edges(), BrokenEdgeFiles.EDGE_PROBLEMS));
        ImportReport interestReport = initial.stream().filter(r -> r.what().equals("interests")).findFirst().orElseThrow();
        assertThat(interestReport.problems()).containsExactly(BrokenEdgeFiles.problems(files.interests(), BrokenEdgeFiles.INTEREST_PROBLEMS));

        String expected = dump(driver);
        // One connection for a-b and b-a, in the direction first seen; the interest named by its first spelling.
        assertThat(expected).contains("CONNECTED_TO Member:a->Member:b {since=2026-06-01T09:00Z}",
                "Interest{key=graph databases, name=Graph databases}");
        // A member only an invalid interest row names is not created (it was, by the initial path only).
        assertThat(expected).doesNotContain("id=only");
        assertThat(onStore(tmp.resolve("store"), InitialImportTest::dump)).isEqualTo(expected);
    }

    @Test
    void initialPathIsRefusedForADatabaseWithDataAndForAServer() {
        Path home = tmp.resolve("full");
        MockEnvironment environment = new MockEnvironment().withProperty("rapport.data-dir", home.toString());
        assertThat(InitialImport.plan(environment, InitialImport.Mode.AUTO).initial()).as("no store yet").isTrue();
        onStore(home, driver -> driver.executableQuery("CREATE (:Member {id: 'x'})").execute());
        InitialImport.Plan plan = InitialImport.plan(environment, InitialImport.Mode.INITIAL);
        assertThat(plan.initial()).isFalse();
        assertThat(plan.refusal()).contains("--initial refused", home.toString(), "holds 1 nodes", "without --initial");
        assertThat(InitialImport.plan(environment, InitialImport.Mode.AUTO)).isEqualTo(new InitialImport.Plan(false, null));

        Path empty = tmp.resolve("empty");
        onStore(empty, driver -> 0);
        assertThat(InitialImport.plan(new MockEnvironment().withProperty("rapport.data-dir", empty.toString()),
                InitialImport.Mode.INITIAL).initial()).as("a store with only the schema").isTrue();

        MockEnvironment server = new MockEnvironment().withProperty("spring.neo4j.uri", "neo4j://db:7687");
        assertThat(InitialImport.plan(server, InitialImport.Mode.AUTO).initial()).isFalse();
        assertThat(InitialImport.plan(server, InitialImport.Mode.INITIAL).refusal()).contains("spring.neo4j.uri");
    }

    @Test
    void roundsNeverShareAGroupAndCoverEveryBucketOnce() {
        for (int groups : new int[] {2, 4, 8}) {
            List<String> seen = new ArrayList<>();
            for (List<int[]> round : MergeSink.Rounds.of(groups)) {
                List<Integer> used = new ArrayList<>();
                for (int[] bucket : round) {
                    seen.add(bucket[0] + "-" + bucket[1]);
                    used.add(bucket[0]);
                    if (bucket[1] != bucket[0]) {
                        used.add(bucket[1]);
                    }
                }
                assertThat(used).doesNotHaveDuplicates();
            }
            assertThat(seen).doesNotHaveDuplicates().hasSize(groups * (groups + 1) / 2);
        }
    }

    /** Per file: what, rows read, imported, skipped, and the reported problems. */
    private static List<String> summary(List<ImportReport> reports) {
        return reports.stream().map(r -> r.what() + " " + r.file() + " " + r.rowsRead() + "/" + r.imported() + "/" + r.skipped()
                + " " + r.problems()).toList();
    }

    /** Starts the embedded database on a store (applying the migrations, as the service does) for the duration of {@code work}. */
    private static <T> T onStore(Path home, Function<Driver, T> work) {
        return StoreOnDisk.with(home, d -> {
            // Only awaitIndexes is called here: no change log needed.
            new Importers(d, QUIET, java.time.Clock.systemUTC(), new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), null)
                    .awaitIndexes(Duration.ofMinutes(5));
            return work.apply(d);
        });
    }

    /** Every node and relationship by business keys, with labels, types, directions and properties, sorted; and the schema. */
    private static String dump(Driver d) {
        List<String> lines = new ArrayList<>();
        d.executableQuery("MATCH (n) WHERE NOT n:__Migration AND NOT n:ChangeCounter AND NOT n:Change RETURN labels(n) AS labels, properties(n) AS props").execute().records()
                .forEach(r -> lines.add(String.join(":", r.get("labels").asList(Value::asString)) + new TreeMap<>(r.get("props").asMap())));
        d.executableQuery("""
                MATCH (a)-[r]->(b) WHERE NOT a:__Migration
                RETURN type(r) AS type, labels(a)[0] + ':' + coalesce(a.id, a.key) AS a, labels(b)[0] + ':' + coalesce(b.id, b.key) AS b,
                       properties(r) AS props
                """).execute().records().forEach(r -> lines.add(r.get("type").asString() + " " + r.get("a").asString() + "->"
                + r.get("b").asString() + " " + new TreeMap<>(r.get("props").asMap())));
        d.executableQuery("SHOW INDEXES YIELD type, entityType, labelsOrTypes, properties, state, owningConstraint")
                .execute().records().forEach(r -> lines.add("index " + r.get("type") + " " + r.get("entityType") + " " + r.get("labelsOrTypes")
                        + " " + r.get("properties") + " " + r.get("state") + " " + !r.get("owningConstraint").isNull()));
        lines.sort(null);
        return String.join("\n", lines);
    }

    private static List<String> members(Driver d) {
        return d.executableQuery("""
                MATCH (m:Member) WHERE (m)-[:CONNECTED_TO]-() WITH m ORDER BY m.id
                WITH collect(m.id) AS ids RETURN [i IN range(0, size(ids) - 1, size(ids) / 40) | ids[i]] AS sample
                """).execute().records().get(0).get("sample").asList(Value::asString);
    }
}
