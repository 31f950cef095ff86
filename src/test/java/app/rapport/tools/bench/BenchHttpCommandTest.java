package app.rapport.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The members {@code bench-http} writes tokens for are members of the store: never a header's column names. */
class BenchHttpCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theMembersAreTheEdgeListsIdsWithoutItsHeaderCommentsOrBadRows() throws Exception {
        Path edges = tmp.resolve("edges.csv");
        // As `generate` writes it: a header line the importer skips, so "source" and "target" are no members.
        Files.writeString(edges, "source,target\n# a comment\nm1,m2\n\n  m2\tm3  \nm4,m4\nbad id,m5\nm6,m7,m8\n");

        assertThat(BenchHttpCommand.connectedMembers(edges)).containsExactly("m1", "m2", "m3");
    }

    @Test
    void aFirstLineOfIdsIsAConnectionNotAHeader() throws Exception {
        Path edges = tmp.resolve("edges.tsv");
        Files.writeString(edges, "a1\tb1\nb1\tc1\n");

        assertThat(BenchHttpCommand.connectedMembers(edges)).containsExactly("a1", "b1", "c1");
    }
}
