package app.rapport.tools.evaluation;

import java.nio.file.Path;

import app.rapport.tools.cli.Options;
import picocli.CommandLine.Option;

/**
 * The picocli mixin of the graph a command loads: {@code --edges FILE [--interests FILE]} or
 * {@code --ldbc DIR}, with its checks, made into a {@link Dataset}.
 */
public final class GraphSource implements Options.Checked {

    @Option(names = "--edges", paramLabel = "FILE", description = "edge list (two member ids a line)")
    Path edges;

    @Option(names = "--interests", paramLabel = "FILE", description = "memberId<TAB>interest a line")
    Path interests;

    @Option(names = "--ldbc", paramLabel = "DIR",
            description = "an LDBC SNB CsvComposite directory instead of an edge list (interests, employers, schools, cities)")
    Path ldbc;

    @Override
    public void check() {
        Options.requireFiles(edges, interests);
        if (ldbc != null) {
            Options.requireDirectory("--ldbc", ldbc);
        }
        if (ldbc != null && (interests != null || edges != null)) {
            throw new IllegalArgumentException("--ldbc brings its own connections and interests; drop --edges and --interests");
        }
    }

    /** True when {@code --edges} or {@code --ldbc} names the graph. */
    public boolean given() {
        return edges != null || ldbc != null;
    }

    public boolean hasInterests() {
        return interests != null;
    }

    /** All of the graph, nothing hidden (the benchmark). */
    public Dataset whole() {
        return ldbc != null ? Dataset.wholeLdbc(ldbc) : Dataset.whole(edges, interests);
    }

    /** A seeded share of the connections hidden (the evaluation); with {@code newest}, the newest (LDBC's dates). */
    public Dataset holdout(double fraction, long seed, boolean newest, Path workDir) {
        if (newest && ldbc == null) {
            throw new IllegalArgumentException("--protocol time needs connection dates; only --ldbc brings them");
        }
        return ldbc != null ? Dataset.ldbc(ldbc, fraction, seed, newest, workDir)
                : Dataset.holdout(edges, interests, fraction, seed, workDir);
    }

    /** True when the graph comes with connection dates (LDBC). */
    boolean dated() {
        return ldbc != null;
    }

    /** Training and hidden connections as given, with this source's interests. */
    Dataset given(Path train, Path test) {
        return Dataset.given(train, test, interests);
    }
}
