package app.rapport.tools.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.config.Cypher;
import app.rapport.importer.ImportReport;
import app.rapport.importer.Importers;
import app.rapport.suggestion.MemberGraph;
import app.rapport.suggestion.MemberGraphStore;
import app.rapport.suggestion.Ranker;
import app.rapport.suggestion.RankerTraining;
import app.rapport.suggestion.Rankers;
import app.rapport.suggestion.Suggestions;
import app.rapport.suggestion.TrainingReport;
import app.rapport.tools.cli.StageBars;
import app.rapport.tools.cli.TrainingLines;
import app.rapport.tools.bench.Harness.Timing;
import app.rapport.tools.cli.AppCommand;
import app.rapport.tools.cli.Options;
import app.rapport.tools.cli.TempStore;
import app.rapport.tools.evaluation.Dataset;
import app.rapport.tools.evaluation.GraphSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench}: loads a graph into a fresh temporary embedded store (or, with {@code --existing}, uses the
 * database the command is configured with: {@code rapport.data-dir} or {@code spring.neo4j.uri}), then times
 * top-20 suggestions with explanations ({@code Suggestions.suggest}, the API's code path, including its
 * per-request Neo4j read) for a seeded sample of members with 1 and 2 client threads, beside the naive
 * LDBC-IC10-style friend-of-friend Cypher on the same members in the same run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Latency (p50, p99, max) and throughput of suggestions beside the naive Cypher baseline.")
public class BenchCommand implements AppCommand {

    static final int LIMIT = 20;

    @Mixin GraphSource graph = new GraphSource();

    @Option(names = "--existing", description = "time the configured database as it is (rapport.data-dir or spring.neo4j.uri), importing nothing")
    boolean existing;

    @Option(names = "--no-train", description = "do not train: rapport is the formula")
    boolean noTrain;

    @Option(names = "--threads", defaultValue = "2", description = "XGBoost threads while training (default ${DEFAULT-VALUE})")
    int threads;

    @Mixin Options.Bench options = new Options.Bench(500, 1000, 42);
    @Mixin Options.WorkDir workDir = new Options.WorkDir();

    @Override
    public void validate() {
        Options.requireOne("give one of --edges FILE, --ldbc DIR or --existing", graph.given(), existing);
        if (existing && graph.hasInterests()) {
            throw new IllegalArgumentException("--interests goes with --edges");
        }
    }

    @Override
    public boolean needsDatabase() {
        return existing;
    }

    @Override
    public int run(ConfigurableApplicationContext context) {
        if (existing) {
            return bench(context::getBean, List.of());
        }
        try (Dataset data = graph.whole();
             TempStore store = TempStore.start(context, "bench", workDir.dir())) {
            List<ImportReport> imported = data.importInto(store.bean(Importers.class));
            imported.forEach(r -> options.json().table().println("import: " + r));
            return bench(store::bean, imported);
        }
    }

    /** The beans of the context timed (the configured one, or a temporary store's). */
    private interface Beans {
        <T> T getBean(Class<T> type);
    }

    @SuppressWarnings("unchecked")
    private int bench(Beans context, List<ImportReport> imported) {
        MemberGraphStore graphs = context.getBean(MemberGraphStore.class);
        Suggestions suggestions = context.getBean(Suggestions.class);
        Driver driver = context.getBean(Driver.class);
        Rankers rankers = context.getBean(Rankers.class);
        PrintStream out = options.json().table();
        long heapBefore = heapAfterGc();
        long loadStart = System.nanoTime();
        MemberGraph g = graphs.reload();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long heapAfter = heapAfterGc();
        out.printf("in-memory graph: %,d members, %,d connections, built from Neo4j in %.1f s; heap in use after GC %,d MB"
                + " (%,d MB before the build)%n", g.size(), g.connections(), loadSeconds, heapAfter >> 20, heapBefore >> 20);
        TrainingReport trained = null;
        if (!noTrain) {
            // The ranker as a deployment serves it: trained on this graph, promoted only if it beats the formula.
            try (StageBars bars = new StageBars(options.progress(), "train: ")) {
                trained = context.getBean(RankerTraining.class).train(threads, bars);
            }
            out.println(TrainingLines.describe(trained));
        }
        Ranker served = rankers.served();
        Ranker formula = rankers.formula();
        List<String> members = sample(g);
        String naive = Cypher.query("tools/suggestion-naive-fof");
        SessionConfig read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
        Map<String, Timing[]> results = new LinkedHashMap<>();
        results.put("rapport", time("rapport", members, id -> suggestions.suggest(id, LIMIT, served, false, false)));
        // Stage 1's order alone: what served before the learned ranker, timed in the same process.
        results.put("rapport-formula", time("rapport-formula", members, id -> suggestions.suggest(id, LIMIT, formula, false, false)));
        results.put("naive", time("naive", members, id -> {
            try (var session = driver.session(read)) {
                session.executeRead(tx -> tx.run(naive, Map.of("id", id)).list());
            }
        }));
        print(out, results);
        out.printf("rapport (%s) vs rapport-formula (1 thread): p50 %.2fx, p99 %.2fx%n", served.name(),
                results.get("rapport")[0].p50() / results.get("rapport-formula")[0].p50(),
                results.get("rapport")[0].p99() / results.get("rapport-formula")[0].p99());
        Map<String, Object> report = report(results, g, imported, loadSeconds, members.size());
        ((Map<String, Object>) report.get("run")).put("rapport_ranker", served.name());
        if (trained != null) {
            ((Map<String, Object>) report.get("run")).put("training", trained);
        }
        options.json().print(report);
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
        Collections.shuffle(connected, new Random(options.seed().value()));
        List<String> picked = new ArrayList<>(options.sampling().queries());
        for (int i = 0; i < options.sampling().queries() && !connected.isEmpty(); i++) {
            picked.add(connected.get(i % connected.size()));
        }
        return picked;
    }

    /** Warm-up on 2 threads, then the same members timed with 1 and with 2 client threads. */
    private Timing[] time(String method, List<String> members, Consumer<String> call) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("the graph has no member with a connection to ask for");
        }
        Harness harness = new Harness(options.progress().on());
        harness.warmUp(method, members, options.sampling().warmup(), 2, call);
        return new Timing[] {harness.time(method + " 1 thread", members, 1, call), harness.time(method + " 2 threads", members, 2, call)};
    }

    private static void print(PrintStream out, Map<String, Timing[]> results) {
        out.printf("%n%-15s %8s %8s %8s %8s %10s%n", "method", "threads", "p50 ms", "p99 ms", "max ms", "qps");
        results.forEach((method, stats) -> {
            for (Timing s : stats) {
                out.printf("%-15s %8d %8.2f %8.2f %8.2f %10.1f%n", method, s.threads(), s.p50(), s.p99(), s.max(), s.qps());
            }
        });
        Timing r = results.get("rapport")[0];
        Timing n = results.get("naive")[0];
        out.printf("rapport vs naive (1 thread): %.1fx faster at p50, %.1fx at p99, %.1fx the throughput%n",
                n.p50() / r.p50(), n.p99() / r.p99(), r.qps() / n.qps());
    }

    private Map<String, Object> report(Map<String, Timing[]> results, MemberGraph g, List<ImportReport> imported,
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
        run.put("seed", options.seed().value());
        run.put("members", g.size());
        run.put("connections", g.connections());
        run.put("graph_build_s", Math.round(loadSeconds * 10) / 10.0);
        imported.forEach(r -> run.put("import_" + r.what().replace(' ', '_') + "_rows_per_s", Math.round(r.rowsPerSecond())));
        out.put("run", run);
        return out;
    }
}
