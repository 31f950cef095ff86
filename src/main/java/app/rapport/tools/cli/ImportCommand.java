package app.rapport.tools.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

import app.rapport.importer.ImportReport;
import app.rapport.importer.Importers;
import app.rapport.importer.InitialImport;
import app.rapport.importer.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import ldbc DIR} and {@code import edges FILE [--interests FILE]}, on the initial or the incremental path. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Bulk import members and connections.",
        subcommands = {ImportCommand.Ldbc.class, ImportCommand.Edges.class})
class ImportCommand {

    /** How many malformed rows an import report keeps per file (ImportReport's limit). */
    private static final int REPORTED_PROBLEMS = 50;

    /**
     * The path of an import: into an empty embedded database the initial one (Neo4j's batch importer builds
     * the store before the database starts, in {@link AppCommand#prepare}), else the incremental one (MERGE).
     */
    static final class ImportPath implements Options.Checked {

        @Option(names = "--initial", description = "build a new store with Neo4j's batch importer (refused when the database holds data)")
        boolean initial;

        @Option(names = "--incremental", description = "MERGE into the database even when it is empty")
        boolean incremental;

        private InitialImport.Plan plan;

        @Override
        public void check() {
            if (initial && incremental) {
                throw new IllegalArgumentException("import: give --initial or --incremental, not both");
            }
        }

        /** A refusal or the whole initial path end the command here, before (and instead of) its context. */
        OptionalInt prepare(ConfigurableEnvironment environment, Function<InitialImport, List<ImportReport>> build) {
            InitialImport.Mode mode = initial ? InitialImport.Mode.INITIAL
                    : incremental ? InitialImport.Mode.INCREMENTAL : InitialImport.Mode.AUTO;
            plan = InitialImport.plan(environment, mode);
            if (plan.refusal() != null) {
                System.err.println("rapport: " + plan.refusal());
                return OptionalInt.of(2);
            }
            if (!plan.initial()) {
                return OptionalInt.empty();
            }
            InitialImport store = InitialImport.from(environment);
            List<ImportReport> built = build.apply(store);
            StoreCounts counts = store.ready(Duration.ofHours(1));
            int exit = print(built);
            System.out.printf("Initial (batch importer) path; the database now holds %s.%n", counts);
            return OptionalInt.of(exit);
        }

        int run(ConfigurableApplicationContext context, Function<Importers, List<ImportReport>> incrementally) {
            Importers importers = context.getBean(Importers.class);
            int exit = print(incrementally.apply(importers));
            System.out.printf("Incremental (MERGE) path; the database now holds %s.%n", importers.counts());
            return exit;
        }
    }

    @Command(name = "ldbc", mixinStandardHelpOptions = true, description = "Import an LDBC SNB CsvComposite directory.")
    static class Ldbc implements AppCommand {

        @Parameters(index = "0", paramLabel = "DIR", description = "directory holding Person.csv, Person_knows_Person.csv, …")
        Path dir;

        @Mixin
        ImportPath path = new ImportPath();

        @Override
        public void validate() {
            Options.requireDirectory("import ldbc:", dir);
        }

        @Override
        public OptionalInt prepare(ConfigurableEnvironment environment) {
            return path.prepare(environment, initial -> initial.ldbc(dir));
        }

        @Override
        public int run(ConfigurableApplicationContext context) {
            return path.run(context, importers -> importers.ldbc(dir));
        }
    }

    @Command(name = "edges", mixinStandardHelpOptions = true, description = "Import an edge list (+ member interests).")
    static class Edges implements AppCommand {

        @Parameters(index = "0", paramLabel = "FILE", description = "two member ids a line (comma, tab or space)")
        Path edges;

        @Option(names = "--interests", paramLabel = "FILE", description = "memberId<TAB>interest a line")
        Path interests;

        @Mixin
        ImportPath path = new ImportPath();

        @Override
        public void validate() {
            Options.requireFiles(edges, interests);
        }

        @Override
        public OptionalInt prepare(ConfigurableEnvironment environment) {
            return path.prepare(environment, initial -> initial.edges(edges, interests));
        }

        @Override
        public int run(ConfigurableApplicationContext context) {
            return path.run(context, importers -> importers.edges(edges, interests));
        }
    }

    static int print(List<ImportReport> reports) {
        long skipped = 0;
        System.out.println("Import summary:");
        for (ImportReport r : reports) {
            System.out.println("  " + r);
            skipped += r.skipped();
        }
        if (skipped > 0) {
            System.out.println("Skipped rows (first " + REPORTED_PROBLEMS + " per file):");
            reports.forEach(r -> r.problems().forEach(p -> System.out.println("  " + p)));
        }
        System.out.printf("Done: %,d rows imported, %,d malformed rows skipped.%n",
                reports.stream().mapToLong(ImportReport::imported).sum(), skipped);
        return 0;
    }
}
