package app.rapport.note;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.cli.AppCommand;
import app.rapport.config.Cypher;
import app.rapport.config.RapportProperties;
import app.rapport.importer.Importers;
import app.rapport.importer.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench-notes [--queries N] [--seed S] [--json]}: per-draft latency of {@link NoteDrafts} (the code
 * the API uses) over a seeded sample of pairs, beside a plain friend-of-friend suggestion query for the
 * same senders, measured in the same run, interleaved. Loads the demo data into an empty store first.
 */
@Command(name = "bench-notes", mixinStandardHelpOptions = true,
        description = "Benchmark note drafts against a plain friend-of-friend query (loads the demo data into an empty store).")
public class BenchNotesCommand implements AppCommand {

    @Option(names = "--queries", defaultValue = "2000", description = "pairs to measure (default ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--seed", defaultValue = "42", description = "sample seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Override
    public void validate() {
        if (queries < 1 || queries > 1_000_000) {
            throw new IllegalArgumentException("--queries must be between 1 and 1000000");
        }
    }

    @Override
    public int run(ConfigurableApplicationContext context) {
        Driver driver = context.getBean(Driver.class);
        NoteDrafts drafts = context.getBean(NoteDrafts.class);
        Map<String, Object> setup = new LinkedHashMap<>();
        try (Session session = driver.session()) {
            long members = session.run("MATCH (m:Member) RETURN count(m) AS n").single().get("n").asLong();
            if (members == 0) {
                long start = System.nanoTime();
                context.getBean(Importers.class).demo();
                setup.put("demo_import_s", Math.round((System.nanoTime() - start) / 1e7) / 100.0);
            }
            Map<String, List<String>> neighbours = new HashMap<>();
            session.run(Cypher.query("note-bench-graph")).forEachRemaining(r ->
                    neighbours.put(r.get("id").asString(), r.get("neighbours").asList(Value::asString)));
            setup.put("members", neighbours.size());
            List<String[]> pairs = BenchPairs.sample(neighbours, queries, seed);
            setup.put("pairs", pairs.size());
            setup.put("seed", seed);
            setup.put("note_limit", context.getBean(RapportProperties.class).noteLimit());
            Map<String, Map<String, Object>> results = measure(drafts, session, pairs);
            print(setup, results);
        }
        return 0;
    }

    private Map<String, Map<String, Object>> measure(NoteDrafts drafts, Session session, List<String[]> pairs) {
        String baseline = Cypher.query("note-bench-baseline");
        // Warm-up: JIT, query plans and page cache for both sides, not counted.
        for (String[] pair : pairs.subList(0, Math.min(200, pairs.size()))) {
            drafts.drafts(pair[0], pair[1]);
            naive(session, baseline, pair[0]);
        }
        Latencies notes = new Latencies(pairs.size());
        Latencies naive = new Latencies(pairs.size());
        try (Progress bar = json ? Progress.NONE : Progress.console("bench-notes", pairs.size())) {
            for (String[] pair : pairs) {
                long start = System.nanoTime();
                drafts.drafts(pair[0], pair[1]);
                notes.add(System.nanoTime() - start);
                start = System.nanoTime();
                naive(session, baseline, pair[0]);
                naive.add(System.nanoTime() - start);
                bar.step(1);
            }
        }
        Map<String, Map<String, Object>> results = new LinkedHashMap<>();
        results.put("rapport", notes.summary());
        results.put("naive", naive.summary());
        return results;
    }

    private static void naive(Session session, String query, String id) {
        session.executeRead(tx -> tx.run(query, Map.of("id", id)).list());
    }

    private void print(Map<String, Object> setup, Map<String, Map<String, Object>> results) {
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>(setup);
            out.putAll(results);
            System.out.println(JsonMapper.builder().build().writeValueAsString(out));
            return;
        }
        System.out.println("bench-notes " + setup);
        System.out.printf("%-34s %8s %8s %8s %8s%n", "", "p50 ms", "p99 ms", "max ms", "qps");
        print("rapport (3 note drafts per call)", results.get("rapport"));
        print("naive (friend-of-friend Cypher)", results.get("naive"));
    }

    private static void print(String name, Map<String, Object> s) {
        System.out.printf("%-34s %8.2f %8.2f %8.2f %8.1f%n", name, s.get("p50_ms"), s.get("p99_ms"), s.get("max_ms"), s.get("qps"));
    }
}
