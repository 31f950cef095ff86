package app.rapport.tools.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.suggestion.MemberGraph;
import app.rapport.suggestion.MemberGraphBuilder;

class BaselinesTest {

    /**
     * u - a, u - b; a - x, b - x (x: 2 mutuals through small a, b); a - y, hub - y, u - hub (y: 2 mutuals,
     * one through the hub); hub - h1..h4 (1 mutual each, through the hub). x and y share u's interest.
     */
    private static MemberGraph graph() {
        MemberGraphBuilder b = new MemberGraphBuilder();
        for (String id : List.of("u", "a", "b", "x", "y", "hub", "h1", "h2", "h3", "h4")) {
            b.member(id, null);
        }
        b.connection("u", "a").connection("u", "b").connection("u", "hub").connection("a", "x").connection("b", "x")
                .connection("a", "y").connection("hub", "y");
        for (String h : List.of("h1", "h2", "h3", "h4")) {
            b.connection("hub", h);
        }
        b.interest("u", "jazz", "Jazz").interest("x", "jazz", "Jazz").interest("h4", "jazz", "Jazz")
                .interest("h4", "golf", "Golf").interest("h4", "chess", "Chess").interest("h3", "jazz", "Jazz");
        return b.build();
    }

    @Test
    void eachBaselineRanksTheHandMadeGraphAsDefined() {
        MemberGraph g = graph();
        List<List<String>> ranked = new Baselines(g).rank(g.indexOf("u"), 3, 1);
        // common neighbours: x 2, y 2 (tie: id), then h1 (1; ties by id)
        assertThat(ranked.get(0)).containsExactly("x", "y", "h1");
        // Adamic-Adar: x = 1/ln 3 + 1/ln 2; y = 1/ln 3 + 1/ln 6 (the hub has degree 6), h* = 1/ln 6
        assertThat(ranked.get(1)).containsExactly("x", "y", "h1");
        // Jaccard: x 2/(3+2-2) = 0.67, y 2/(3+2-2) = 0.67, h* 1/(3+1-1) = 0.33
        assertThat(ranked.get(2)).containsExactly("x", "y", "h1");
        // resource allocation: x = 1/3 + 1/2, y = 1/3 + 1/6, h* = 1/6
        assertThat(ranked.get(3)).containsExactly("x", "y", "h1");
        // random friend of friend: some 3 of the 6 candidates, never u or a connection
        assertThat(ranked.get(4)).hasSize(3).doesNotContain("u", "a", "b", "hub");
        // IC10: common - uncommon interests: x 1-0 = 1, h3 1-0 = 1, others 0, h4 1-2 = -1
        assertThat(ranked.get(5)).containsExactly("h3", "x", "h1");
        assertThat(new Baselines(g).rank(g.indexOf("u"), 3, 1).get(4)).isEqualTo(ranked.get(4));
    }

    @Test
    void generatorIsSeededAndWritesTheImportFormats(@TempDir Path dir) throws Exception {
        long edges = new GraphGenerator(500, 3000, 4, 200, 0.5, 7).write(dir.resolve("a"));
        new GraphGenerator(500, 3000, 4, 200, 0.5, 7).write(dir.resolve("b"));
        assertThat(edges).isBetween(2800L, 3100L);
        assertThat(Files.readAllLines(dir.resolve("a/edges.csv"))).isEqualTo(Files.readAllLines(dir.resolve("b/edges.csv")));
        assertThat(Files.readAllLines(dir.resolve("a/interests.tsv"))).isEqualTo(Files.readAllLines(dir.resolve("b/interests.tsv")))
                .allMatch(line -> line.matches("g\\d+\ttopic \\d+"));
        List<EdgeSplit.Edge> read = EdgeSplit.read(dir.resolve("a/edges.csv"));
        assertThat(read).hasSize((int) edges);
    }
}
