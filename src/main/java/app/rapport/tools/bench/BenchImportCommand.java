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

/** {@code bench-import --edges FILE}: import rate of {@code import edges} beside Neo4j's LOAD CSV. */
@Command(name = "bench-import", mixinStandardHelpOptions = true,
        description = "Time `import edges` against LOAD CSV … IN TRANSACTIONS of the same file, in fresh stores.")
public class BenchImportCommand implements AppCommand.Standalone {

    @Option(names = "--edges", required = true, paramLabel = "FILE", description = "comma-separated edge list with a header line")
    Path edges;

    @Option(names = "--rounds", defaultValue = "2", description = "alternating rounds of each method (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--batch", defaultValue = "10000", description = "rows per transaction for both (default ${DEFAULT-VALUE})")
    int batch;

    @Mixin Options.Json json = new Options.Json();
    @Mixin Options.ProgressBars progress = new Options.ProgressBars();
    @Mixin Options.WorkDir workDir = new Options.WorkDir();

    @Override
    public void validate() {
        Options.requireFiles(edges);
        if (rounds < 1 || rounds > 10 || batch < 100 || batch > 200_000) {
            throw new IllegalArgumentException("--rounds must be 1-10 and --batch 100-200000");
        }
    }

    @Override
    public int run(ConfigurableApplicationContext context) {
        ImportBenchmark bench = new ImportBenchmark(context, edges, batch, workDir.dir(), progress);
        List<Run> runs = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            // Alternating, so both methods see the same JVM warm-up; the first round is the cold one.
            runs.add(bench.loadCsv(round));
            runs.add(bench.rapport(round));
        }
        PrintStream out = json.table();
        out.printf("%-22s %5s %9s %10s %12s %9s %12s%n", "method", "round", "seconds", "rows", "rows/s", "members", "connections");
        runs.forEach(r -> out.printf("%-22s %5d %9.2f %,10d %,12.0f %,9d %,12d%n", r.method(), r.round(),
                r.seconds(), r.rows(), r.rowsPerSecond(), r.members(), r.connections()));
        json.print(runs.stream().map(Run::json).toList());
        boolean same = runs.stream().map(r -> r.members() + "/" + r.connections()).distinct().count() == 1;
        if (!same) {
            System.err.println("rapport: the methods left different graphs behind; the figures are not comparable");
            return 1;
        }
        return 0;
    }
}
