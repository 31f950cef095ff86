package app.rapport.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.importer.ImportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-import --edges FILE}: import rate of {@code import edges} beside Neo4j's LOAD CSV. */
@Command(name = "bench-import", mixinStandardHelpOptions = true,
        description = "Time `import edges` against LOAD CSV … IN TRANSACTIONS of the same file, in fresh stores.")
class BenchImportCommand implements AppCommand {

    @Option(names = "--edges", required = true, paramLabel = "FILE", description = "comma-separated edge list with a header line")
    Path edges;

    @Option(names = "--rounds", defaultValue = "2", description = "alternating rounds of each method (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--batch", defaultValue = "10000", description = "rows per transaction for both (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "where the temporary stores go (default: the system temp dir)")
    Path workDir;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Override
    public void validate() {
        ImportCommand.requireFile(edges);
        if (rounds < 1 || rounds > 10 || batch < 100 || batch > 200_000) {
            throw new IllegalArgumentException("--rounds must be 1-10 and --batch 100-200000");
        }
        if (workDir != null && !Files.isDirectory(workDir)) {
            throw new IllegalArgumentException("--work-dir " + workDir + " is not a directory");
        }
    }

    @Override
    public boolean needsDatabase() {
        return false;
    }

    @Override
    public int run(ConfigurableApplicationContext context) {
        Path dir = workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"));
        ImportBenchmark bench = new ImportBenchmark(edges, batch, dir);
        List<ImportBenchmark.Run> runs = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            System.err.printf("round %d/%d: LOAD CSV%n", round, rounds);
            runs.add(bench.loadCsv(round));
            System.err.printf("round %d/%d: import edges%n", round, rounds);
            runs.add(bench.rapport(round));
        }
        if (json) {
            StringBuilder out = new StringBuilder("[");
            for (ImportBenchmark.Run r : runs) {
                out.append(out.length() > 1 ? "," : "").append(String.format(java.util.Locale.ROOT,
                        "{\"method\":\"%s\",\"round\":%d,\"seconds\":%.3f,\"rows\":%d,\"rows_per_s\":%.0f,\"members\":%d,\"connections\":%d}",
                        r.method(), r.round(), r.seconds(), r.rows(), r.rowsPerSecond(), r.members(), r.connections()));
            }
            System.out.println(out.append("]"));
        } else {
            System.out.printf("%-22s %5s %9s %10s %12s %9s %12s%n", "method", "round", "seconds", "rows", "rows/s", "members", "connections");
            runs.forEach(r -> System.out.printf("%-22s %5d %9.2f %,10d %,12.0f %,9d %,12d%n", r.method(), r.round(),
                    r.seconds(), r.rows(), r.rowsPerSecond(), r.members(), r.connections()));
        }
        boolean same = runs.stream().map(r -> r.members() + "/" + r.connections()).distinct().count() == 1;
        if (!same) {
            System.err.println("rapport: the methods left different graphs behind; the figures are not comparable");
            return 1;
        }
        return 0;
    }
}
