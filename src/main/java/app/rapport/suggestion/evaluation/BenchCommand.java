package app.rapport.suggestion.evaluation;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.cli.AppCommand;
import app.rapport.config.Cypher;
import app.rapport.importer.ImportReport;
import app.rapport.importer.Importers;
import app.rapport.importer.Progress;
import app.rapport.suggestion.MemberGraph;
import app.rapport.suggestion.MemberGraphStore;
import app.rapport.suggestion.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: loads a graph into a fresh temporary embedded store (or, with {@code --existing}, uses the
 * database the command is configured with: {@code rapport.data-dir} or {@code spring.neo4j.uri}), then times
 * top-20 suggestions with
 * explanations ({@code Suggestions.suggest}, the API's code path, including its per-request Neo4j read)
 * for a seeded sample of members with 1 and 2 client threads, beside the naive LDBC-IC10-style
 * friend-of-friend Cypher on the same members in the same run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Latency (p50, p99, max) and throughput of suggestions beside the naive Cypher baseline.")
public class BenchCommand implements AppCommand {

    static final int LIMIT = 20;

    @Option(names = "--edges", paramLabel = "FILE", description = "edge list (two member ids a line)")
    Path edges;

    @Option(names = "--interests", paramLabel = "FILE", description = "memberId<TAB>interest a line")
    Path interests;

    @Option(names = "--ldbc", paramLabel = "DIR", description = "an LDBC SNB CsvComposite directory instead of an edge list")
    Path ldbc;

    @Option(names = "--existing", description = "time the configured database as it is (rapport.data-dir or spring.neo4j.uri), importing nothing")
    boolean existing;

    @Option(names = "--queries", defaultValue = "500", description = "members asked, per method and thread count (default ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--warmup", defaultValue = "1000", description = "calls per method before timing, to let the JIT compile both paths (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the member sample (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print the figures as JSON on stdout (the table goes to stderr)")
    boolean json;

    @Override
    public void validate() {
        int sources = (edges == null ? 0 : 1) + (ldbc == null ? 0 : 1) + (existing ? 1 : 0);
        if (sources != 1 || (existing && interests != null)) {
            throw new IllegalArgumentException("bench: give one of --edges FILE, --ldbc DIR or --existing");
        }
        for (Path file : new Path[] {edges, interests}) {
            if (file != null && !Files.isRegularFile(file)) {
                throw new IllegalArgumentException("bench: " + file + " is not a readable file");
            }
        }
        if (ldbc != null && !Files.isDirectory(ldbc)) {
            throw new IllegalArgumentException("bench: --ldbc " + ldbc + " is not a directory");
        }
        if (queries < 1 || queries > 1_000_000 || warmup < 0) {
            throw new IllegalArgumentException("bench: --queries must be 1..1000000 and --warmup at least 0");
        }
    }

    @Override
    public boolean needsDatabase() {
        FreshStore.quietConsoleFor(json);
        return existing;
    }

    @Override
    public int run(ConfigurableApplicationContext context) {
        PrintStream out = json ? System.err : System.out;
        if (existing) {
            return bench(out, context.getBean(MemberGraphStore.class), context.getBean(Suggestions.class),
                    context.getBean(Driver.class), List.of());
        }
        try (Dataset data = ldbc != null ? Dataset.wholeLdbc(ldbc) : Dataset.whole(edges, interests);
             FreshStore store = FreshStore.start(context, "bench", json)) {
            List<ImportReport> imported = data.importInto(store.bean(Importers.class));
            imported.forEach(r -> out.println("import: " + r));
            return bench(out, store.bean(MemberGraphStore.class), store.bean(Suggestions.class), store.bean(Driver.class),
                    imported);
        }
    }

    private int bench(PrintStream out, MemberGraphStore graphs, Suggestions suggestions, Driver driver,
            List<ImportReport> imported) {
        long heapBefore = heapAfterGc();
        long loadStart = System.nanoTime();
        MemberGraph g = graphs.reload();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long heapAfter = heapAfterGc();
        out.printf("in-memory graph: %,d members, %,d connections, built from Neo4j in %.1f s; heap in use after GC %,d MB"
                + " (%,d MB before the build)%n", g.size(), g.connections(), loadSeconds, heapAfter >> 20, heapBefore >> 20);
        List<String> members = sample(g);
        String naive = Cypher.query("suggestion-naive-fof");
        Map<String, Latencies.Stats[]> results = new LinkedHashMap<>();
        results.put("rapport", time("rapport", members, id -> suggestions.suggest(id, LIMIT, false, false)));
        results.put("naive", time("naive", members, id -> {
            try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
                session.executeRead(tx -> tx.run(naive, Map.of("id", id)).list());
            }
        }));
        print(out, results);
        if (json) {
            System.out.println(Json.write(report(results, g, imported, loadSeconds, members.size())));
        }
        return 0;
    }

    /** Heap in use after a full collection: what the process holds, so the graph's share shows as a difference. */
    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Members with at least one connection, seeded. */
    private List<String> sample(MemberGraph g) {
        List<String> connected = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            if (g.degree(i) > 0) {
                connected.add(g.id(i));
            }
        }
        Collections.sort(connected);
        Collections.shuffle(connected, new Random(seed));
        List<String> picked = new ArrayList<>(queries);
        for (int i = 0; i < queries && !connected.isEmpty(); i++) {
            picked.add(connected.get(i % connected.size()));
        }
        return picked;
    }

    private Latencies.Stats[] time(String method, List<String> members, java.util.function.Consumer<String> call) {
        List<String> warm = new ArrayList<>(warmup);
        for (int i = 0; i < warmup && !members.isEmpty(); i++) {
            warm.add(members.get(i % members.size()));
        }
        try (Progress bar = Progress.console(method + " warm-up", warm.size())) {
            Latencies.measure(warm, 2, call, bar);
        }
        Latencies.Stats one;
        Latencies.Stats two;
        try (Progress bar = Progress.console(method + " 1 thread", members.size())) {
            one = Latencies.measure(members, 1, call, bar);
        }
        try (Progress bar = Progress.console(method + " 2 threads", members.size())) {
            two = Latencies.measure(members, 2, call, bar);
        }
        return new Latencies.Stats[] {one, two};
    }

    private static void print(PrintStream out, Map<String, Latencies.Stats[]> results) {
        out.printf("%n%-9s %8s %8s %8s %8s %10s %10s%n", "method", "threads", "p50 ms", "p99 ms", "max ms", "qps", "");
        results.forEach((method, stats) -> {
            for (Latencies.Stats s : stats) {
                out.printf("%-9s %8d %8.2f %8.2f %8.2f %10.1f%n", method, s.threads(), s.p50(), s.p99(), s.max(), s.qps());
            }
        });
        Latencies.Stats r = results.get("rapport")[0];
        Latencies.Stats n = results.get("naive")[0];
        out.printf("rapport vs naive (1 thread): %.1fx faster at p50, %.1fx at p99, %.1fx the throughput%n",
                n.p50() / r.p50(), n.p99() / r.p99(), r.qps() / n.qps());
    }

    private Map<String, Object> report(Map<String, Latencies.Stats[]> results, MemberGraph g, List<ImportReport> imported,
            double loadSeconds, int calls) {
        Map<String, Object> out = new LinkedHashMap<>();
        results.forEach((method, stats) -> {
            Map<String, Object> m = stats[0].json();
            m.put("two_threads", stats[1].json());
            out.put(method, m);
        });
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("limit", LIMIT);
        run.put("queries", calls);
        run.put("seed", seed);
        run.put("members", g.size());
        run.put("connections", g.connections());
        run.put("graph_build_s", Math.round(loadSeconds * 10) / 10.0);
        imported.forEach(r -> run.put("import_" + r.what().replace(' ', '_') + "_rows_per_s", Math.round(r.rowsPerSecond())));
        out.put("run", run);
        return out;
    }
}
