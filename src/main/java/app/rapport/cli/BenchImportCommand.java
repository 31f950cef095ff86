package app.rapport.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.importer.ImportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-import --edges FILE}: both import paths beside Neo4j's LOAD CSV, in fresh stores. */
@Command(name = "bench-import", mixinStandardHelpOptions = true,
        description = "Time the initial and incremental import paths against LOAD CSV … IN TRANSACTIONS of the same files, in fresh stores.")
class BenchImportCommand implements AppCommand {

    @Option(names = "--edges", required = true, paramLabel = "FILE", description = "comma-separated edge list with a header line")
    Path edges;

    @Option(names = "--interests", paramLabel = "FILE", description = "memberId<TAB>interest a line, in the edge list's directory")
    Path interests;

    @Option(names = "--rounds", defaultValue = "1", description = "rounds of each method (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--batch", defaultValue = "10000", description = "rows per transaction for MERGE and LOAD CSV (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--writers", defaultValue = "2", description = "parallel writers of the incremental path (default ${DEFAULT-VALUE})")
    int writers;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "where the temporary stores go (default: the system temp dir)")
    Path workDir;

    @Option(names = "--methods", split = ",", defaultValue = "initial,incremental,load-csv",
            description = "which of initial, incremental, load-csv to run, in this order (default ${DEFAULT-VALUE})")
    List<String> methods;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Override
    public void validate() {
        ImportCommand.requireFile(edges);
        if (interests != null) {
            ImportCommand.requireFile(interests);
            if (!interests.toAbsolutePath().getParent().equals(edges.toAbsolutePath().getParent())) {
                throw new IllegalArgumentException("--interests must be in the edge list's directory (LOAD CSV reads one directory)");
            }
        }
        if (rounds < 1 || rounds > 10 || batch < 100 || batch > 200_000 || writers < 1 || writers > 16) {
            throw new IllegalArgumentException("--rounds must be 1-10, --batch 100-200000 and --writers 1-16");
        }
        if (methods.isEmpty() || !List.of("initial", "incremental", "load-csv").containsAll(methods)) {
            throw new IllegalArgumentException("--methods takes some of initial, incremental, load-csv");
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
        ImportBenchmark bench = new ImportBenchmark(edges, interests, batch, writers, dir);
        List<ImportBenchmark.Run> runs = new ArrayList<>();
        if (!json) {
            System.out.printf("%-24s %5s %9s %10s %16s %9s %12s %10s %9s %9s%n", "method", "round", "seconds", "rows",
                    "connections/s", "members", "connections", "interests", "store MB", "txlog MB");
        }
        for (int round = 1; round <= rounds; round++) {
            for (String method : methods) {
                System.err.printf("round %d/%d: %s%n", round, rounds, method);
                ImportBenchmark.Run r = switch (method) {
                    case "initial" -> bench.initial(round);
                    case "incremental" -> bench.incremental(round);
                    default -> bench.loadCsv(round);
                };
                runs.add(r);
                if (!json) {
                    // Each line as soon as its run ends: a long benchmark shows what it has so far.
                    System.out.printf("%-24s %5d %9.2f %,10d %,16.0f %,9d %,12d %,10d %9.1f %9.1f%n", r.method(), r.round(),
                            r.seconds(), r.rows(), r.rowsPerSecond(), r.members(), r.connections(), r.interestLinks(),
                            r.storeBytes() / 1e6, r.txLogBytes() / 1e6);
                    System.out.flush();
                }
            }
        }
        if (json) {
            StringBuilder out = new StringBuilder("[");
            for (ImportBenchmark.Run r : runs) {
                out.append(out.length() > 1 ? "," : "").append(String.format(Locale.ROOT,
                        "{\"method\":\"%s\",\"round\":%d,\"seconds\":%.3f,\"rows\":%d,\"rows_per_s\":%.0f,\"members\":%d,"
                                + "\"connections\":%d,\"interest_links\":%d,\"store_bytes\":%d,\"tx_log_bytes\":%d}",
                        r.method(), r.round(), r.seconds(), r.rows(), r.rowsPerSecond(), r.members(), r.connections(),
                        r.interestLinks(), r.storeBytes(), r.txLogBytes()));
            }
            System.out.println(out.append("]"));
        }
        boolean same = runs.stream().map(r -> r.members() + "/" + r.connections()).distinct().count() == 1;
        if (!same) {
            System.err.println("rapport: the methods left different graphs behind; the figures are not comparable");
            return 1;
        }
        return 0;
    }
}
