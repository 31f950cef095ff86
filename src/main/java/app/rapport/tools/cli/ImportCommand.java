package app.rapport.tools.cli;

import java.nio.file.Path;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.importer.ImportReport;
import app.rapport.importer.Importers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import ldbc DIR} and {@code import edges FILE [--interests FILE]}. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Bulk import members and connections.",
        subcommands = {ImportCommand.Ldbc.class, ImportCommand.Edges.class})
class ImportCommand {

    /** How many malformed rows an import report keeps per file (ImportReport's limit). */
    private static final int REPORTED_PROBLEMS = 50;

    @Command(name = "ldbc", mixinStandardHelpOptions = true, description = "Import an LDBC SNB CsvComposite directory.")
    static class Ldbc implements AppCommand {

        @Parameters(index = "0", paramLabel = "DIR", description = "directory holding Person.csv, Person_knows_Person.csv, …")
        Path dir;

        @Override
        public void validate() {
            Options.requireDirectory("import ldbc:", dir);
        }

        @Override
        public int run(ConfigurableApplicationContext context) {
            return ImportCommand.print(context.getBean(Importers.class).ldbc(dir));
        }
    }

    @Command(name = "edges", mixinStandardHelpOptions = true, description = "Import an edge list (+ member interests).")
    static class Edges implements AppCommand {

        @Parameters(index = "0", paramLabel = "FILE", description = "two member ids a line (comma, tab or space)")
        Path edges;

        @Option(names = "--interests", paramLabel = "FILE", description = "memberId<TAB>interest a line")
        Path interests;

        @Override
        public void validate() {
            Options.requireFiles(edges, interests);
        }

        @Override
        public int run(ConfigurableApplicationContext context) {
            return ImportCommand.print(context.getBean(Importers.class).edges(edges, interests));
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
