package app.rapport.tools.bench;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.config.Cypher;
import app.rapport.config.RapportProperties;
import app.rapport.importer.Importers;
import app.rapport.note.NoteDrafts;
import app.rapport.tools.bench.Harness.Timing;
import app.rapport.tools.cli.AppCommand;
import app.rapport.tools.cli.Options;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code bench-notes [--queries N] [--seed S] [--json]}: per-draft latency of {@link NoteDrafts} (the code
 * the API uses) over a seeded sample of pairs, then a plain friend-of-friend suggestion query for the same
 * senders, measured in the same run. Loads the demo data into an empty store first.
 */
@Command(name = "bench-notes", mixinStandardHelpOptions = true,
        description = "Benchmark note drafts against a plain friend-of-friend query (loads the demo data into an empty store).")
public class BenchNotesCommand implements AppCommand {

    @Mixin Options.Bench options = new Options.Bench(2000, 200, 42);

    @Override
    public int run(ConfigurableApplicationContext context) {
        Driver driver = context.getBean(Driver.class);
        NoteDrafts drafts = context.getBean(NoteDrafts.class);
        Map<String, Object> out = new LinkedHashMap<>();
        try (Session session = driver.session()) {
            long members = session.run("MATCH (m:Member) RETURN count(m) AS n").single().get("n").asLong();
            if (members == 0) {
                long start = System.nanoTime();
                context.getBean(Importers.class).demo();
                out.put("demo_import_s", Math.round((System.nanoTime() - start) / 1e7) / 100.0);
            }
            Map<String, List<String>> neighbours = new HashMap<>();
            session.run(Cypher.query("tools/note-bench-graph")).forEachRemaining(r ->
                    neighbours.put(r.get("id").asString(), r.get("neighbours").asList(Value::asString)));
            out.put("members", neighbours.size());
            List<String[]> pairs = BenchPairs.sample(neighbours, options.sampling().queries(), options.seed().value());
            out.put("pairs", pairs.size());
            out.put("seed", options.seed().value());
            out.put("note_limit", context.getBean(RapportProperties.class).noteLimit());
            options.json().table().println("bench-notes " + out);
            String baseline = Cypher.query("tools/note-bench-baseline");
            Timing notes = time("rapport", pairs, pair -> drafts.drafts(pair[0], pair[1]));
            Timing naive = time("naive", pairs, pair -> session.executeRead(tx -> tx.run(baseline, Map.of("id", pair[0])).list()));
            print(options.json().table(), notes, naive);
            out.put("rapport", notes.json());
            out.put("naive", naive.json());
        }
        options.json().print(out);
        return 0;
    }

    private Timing time(String method, List<String[]> pairs, Consumer<String[]> call) {
        Harness harness = new Harness(options.progress().on());
        harness.warmUp(method, pairs, options.sampling().warmup(), 1, call);
        return harness.time(method, pairs, 1, call);
    }

    private static void print(PrintStream out, Timing notes, Timing naive) {
        out.printf("%-34s %8s %8s %8s %8s%n", "", "p50 ms", "p99 ms", "max ms", "qps");
        out.printf("%-34s %8.2f %8.2f %8.2f %8.1f%n", "rapport (3 note drafts per call)", notes.p50(), notes.p99(), notes.max(),
                notes.qps());
        out.printf("%-34s %8.2f %8.2f %8.2f %8.1f%n", "naive (friend-of-friend Cypher)", naive.p50(), naive.p99(), naive.max(),
                naive.qps());
    }
}
