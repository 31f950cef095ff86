package app.rapport.tools.evaluation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.rapport.importer.ImportReport;
import app.rapport.importer.Importers;
import app.rapport.tools.cli.TempStore;

/**
 * What {@code evaluate} and {@code bench} load: the training connections (written to a temporary file
 * and imported through the one import path, {@link Importers}) and the hidden ones to find again.
 * An LDBC SNB directory is split on its "knows" rows and re-imported whole (interests, employers,
 * schools, cities), so Rapport sees everything a real profile would have.
 *
 * @param work      a scratch directory of its own (deleted on close), or null
 * @param train     the connections loaded
 * @param test      the connections hidden
 * @param edges     the edge file imported (with {@code interests}), or null
 * @param interests the interest file imported, or null
 * @param ldbc      the LDBC directory imported instead, or null
 */
public record Dataset(Path work, List<EdgeSplit.Edge> train, List<EdgeSplit.Edge> test, Path edges, Path interests, Path ldbc)
        implements AutoCloseable {

    static final List<String> LDBC_KNOWS = List.of("Person_knows_Person.csv", "Person_knows_Person_1.csv");

    /** All of an edge list, nothing hidden (the benchmark). */
    static Dataset whole(Path edges, Path interests) {
        return new Dataset(null, EdgeSplit.read(edges), List.of(), edges, interests, null);
    }

    /** A whole LDBC SNB directory, nothing hidden (the benchmark). */
    static Dataset wholeLdbc(Path dir) {
        return new Dataset(null, List.of(), List.of(), null, null, dir);
    }

    /** A seeded share of an edge list hidden. */
    static Dataset holdout(Path edges, Path interests, double fraction, long seed, Path workDir) {
        EdgeSplit.Split split = EdgeSplit.holdout(EdgeSplit.read(edges), fraction, seed);
        Path work = TempStore.newDirectory(workDir, "rapport-dataset-");
        Path trainFile = work.resolve("train.csv");
        EdgeSplit.write(split.train(), trainFile);
        return new Dataset(work, split.train(), split.test(), trainFile, interests, null);
    }

    /** Training and test connections as given. */
    static Dataset given(Path train, Path test, Path interests) {
        return new Dataset(null, EdgeSplit.read(train), EdgeSplit.read(test), train, interests, null);
    }

    /**
     * An LDBC SNB directory with a share of its "knows" rows hidden: a seeded random share, or with
     * {@code newest} the newest by their creation date (the seed breaks ties).
     */
    static Dataset ldbc(Path dir, double fraction, long seed, boolean newest, Path workDir) {
        Pattern bar = Pattern.compile("|", Pattern.LITERAL);
        List<EdgeSplit.Edge> knows = new ArrayList<>();
        String header = null;
        for (String name : LDBC_KNOWS) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                knows.addAll(EdgeSplit.read(file, bar, true));
                header = header != null ? header : firstLine(file);
            }
        }
        if (header == null) {
            throw new IllegalArgumentException("--ldbc: " + dir.resolve(LDBC_KNOWS.get(0)) + " is missing");
        }
        EdgeSplit.Split split = newest ? EdgeSplit.newest(knows, fraction, seed, Dataset::ldbcDate)
                : EdgeSplit.holdout(knows, fraction, seed);
        Path work = TempStore.newDirectory(workDir, "rapport-dataset-");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (!LDBC_KNOWS.contains(f.getFileName().toString())) {
                    Files.createSymbolicLink(work.resolve(f.getFileName()), f.toAbsolutePath());
                }
            }
            try (BufferedWriter out = Files.newBufferedWriter(work.resolve(LDBC_KNOWS.get(0)), StandardCharsets.UTF_8)) {
                out.write(header);
                out.write('\n');
                for (EdgeSplit.Edge e : split.train()) {
                    out.write(e.line());
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Dataset(work, split.train(), split.test(), null, null, work);
    }

    /** The creation date of an LDBC "knows" row ({@code a|b|yyyyMMddHHmmssSSS}, a sortable number); 0 when missing. */
    static long ldbcDate(EdgeSplit.Edge e) {
        String[] f = e.line().split("\\|");
        try {
            return f.length > 2 ? Long.parseLong(f[2].strip()) : 0;
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** The hidden connections as {@code {a, b}} member id pairs (the simulation's ground truth). */
    public List<String[]> hiddenPairs() {
        return test.stream().map(e -> new String[] {e.a(), e.b()}).toList();
    }

    public List<ImportReport> importInto(Importers importers) {
        return ldbc != null ? importers.ldbc(ldbc) : importers.edges(edges, interests);
    }

    boolean hasInterests() {
        return ldbc != null || interests != null;
    }

    @Override
    public void close() {
        if (work != null) {
            TempStore.delete(work);
        }
    }

    private static String firstLine(Path file) {
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return lines.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
