package app.rapport.tools.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.tools.bench.ImportBenchmark.Run;
import app.rapport.tools.cli.AppCommand;
import app.rapport.tools.cli.Options;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench-import --edges FILE [--interests FILE]}: both import paths beside Neo4j's LOAD CSV, in fresh stores. */
@Command(name = "bench-import", mixinStandardHelpOptions = true,
        description = "Time the initial and incremental import paths against LOAD CSV … IN TRANSACTIONS of the same files, in fresh stores.")
public class BenchImportCommand implements AppCommand.Standalone {

    private static final List<String> METHODS = List.of("initial", "incremental", "load-csv");

    @Option(names = "--edges", required = true, paramLabel = "FILE", description = "comma-separated edge list with a header line")
    Path edges;

    @Option(names = "--interests", paramLabel = "FILE", description = "memberId<TAB>interest a line")
    Path interests;

    @Option(names = "--rounds", defaultValue = "1", description = "rounds of each method (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--batch", defaultValue = "10000", description = "rows per transaction for MERGE and LOAD CSV (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--writers", defaultValue = "2", description = "parallel writers of the incremental path (default ${DEFAULT-VALUE})")
    int writers;

    @Option(names = "--methods", split = ",", defaultValue = "initial,incremental,load-csv",
            description = "which of initial, incremental, load-csv to run, in this order (default ${DEFAULT-VALUE})")
    List<String> methods;

    @Mixin Options.Json json = new Options.Json();
    @Mixin Options.ProgressBars progress = new Options.ProgressBars();
    @Mixin Options.WorkDir workDir = new Options.WorkDir();

    @Override
    public void validate() {
        Options.requireFiles(edges, interests);
        if (rounds < 1 || rounds > 10 || batch < 100 || batch > 200_000 || writers < 1 || writers > 16) {
            throw new IllegalArgumentException("--rounds must be 1-10, --batch 100-200000 and --writers 1-16");
        }
        if (methods.isEmpty() || !METHODS.containsAll(methods)) {
            throw new IllegalArgumentException("--methods takes some of initial, incremental, load-csv");
        }
    }

    @Override
    public int run(ConfigurableApplicationContext context) {
        ImportBenchmark bench = new ImportBenchmark(context, edges, interests, batch, writers, workDir.dir(), progress);
        PrintStream out = json.table();
        out.printf("%-24s %5s %9s %10s %14s %9s %12s %10s %9s %9s%n", "method", "round", "seconds", "rows", "connections/s",
                "members", "connections", "interests", "store MB", "txlog MB");
        List<Run> runs = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (String method : methods) {
                System.err.printf("round %d/%d: %s%n", round, rounds, method);
                Run r = switch (method) {
                    case "initial" -> bench.initial(round);
                    case "incremental" -> bench.incremental(round);
                    default -> bench.loadCsv(round);
                };
                runs.add(r);
                // Each line as soon as its run ends: a long benchmark shows what it has so far.
                out.printf("%-24s %5d %9.2f %,10d %,14.0f %,9d %,12d %,10d %9.1f %9.1f%n", r.method(), r.round(), r.seconds(),
                        r.rows(), r.rowsPerSecond(), r.counts().get("members"), r.counts().get("connections"),
                        r.counts().get("interest links"), r.storeBytes() / 1e6, r.txLogBytes() / 1e6);
                out.flush();
            }
        }
        json.print(runs.stream().map(Run::json).toList());
        if (runs.stream().map(r -> r.counts().get("members") + "/" + r.counts().get("connections")).distinct().count() != 1) {
            System.err.println("rapport: the methods left different graphs behind; the figures are not comparable");
            return 1;
        }
        return 0;
    }
}
