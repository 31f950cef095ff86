package app.rapport.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An edge list and an interest file with every kind of row the readers accept (comment, header, comma, tab
 * and space separators, a pair repeated in the other direction, a blank line, a second spelling of an
 * interest, a repeated interest link) and every kind they reject, with the line numbers the reports must name; shared by the tests
 * of both import paths so they read the same files.
 */
record BrokenEdgeFiles(Path edges, Path interests) {

    /** Lines of {@link #edges} that are skipped, and why. */
    static final String[] EDGE_PROBLEMS = {
        ":6: a member cannot be connected to themself",
        ":7: expected two member ids, found 3 fields",
        ":8: expected two member ids, found 3 fields",
        ":10: member id must be 1-64 letters, digits, '_', '-' or '.', starting with a letter or digit"};

    /** Lines of {@link #interests} that are skipped, and why. */
    static final String[] INTEREST_PROBLEMS = {":4: expected memberId<TAB>interest", ":5: interest must be 1-100 characters",
        ":7: interest must be 1-100 characters"};

    static BrokenEdgeFiles writeTo(Path dir) throws IOException {
        Path edges = dir.resolve("edges.csv");
        Files.writeString(edges, """
                # a comment
                id_1,id_2
                a,b
                b	c
                c d
                d,d
                a,b,c
                a,"x y"
                b,a
                e,bad!

                """);
        Path interests = dir.resolve("interests.tsv");
        Files.writeString(interests, "a\tGraph_databases\nb\tgraph databases\nnew\tJazz\nbroken line\nc\t   \nb\tJazz\n"
                // A member only an invalid row names (no member on either path), a link the file repeats (one link).
                + "only\t \na\tgraph databases\n");
        return new BrokenEdgeFiles(edges, interests);
    }

    /** The problems a report of {@code file} lists for {@code lines}: each prefixed with the file's path. */
    static String[] problems(Path file, String... lines) {
        String[] out = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            out[i] = file + lines[i];
        }
        return out;
    }
}
