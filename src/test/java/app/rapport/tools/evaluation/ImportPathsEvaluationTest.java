package app.rapport.tools.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.importer.Importers;
import app.rapport.importer.InitialImport;
import app.rapport.importer.Progress;
import app.rapport.suggestion.MemberGraph;
import app.rapport.suggestion.MemberGraphStore;
import app.rapport.suggestion.Rankers;
import app.rapport.suggestion.Suggestions;
import app.rapport.support.IntegrationTest;
import app.rapport.support.ServiceOnStore;

/**
 * An initial import (Neo4j's batch importer, a new store) and an incremental import (MERGE into the live
 * database) of the same files give the same {@code evaluate} figures: the same connections hidden, the same
 * seed, every method's Recall@10, Precision@10, NDCG@10, MRR and coverage, each path's graph served by its own
 * context.
 */
class ImportPathsEvaluationTest extends IntegrationTest {

    private static final long SEED = 7;
    private static final int K = 10;

    @Autowired
    Importers importers;

    @Autowired
    Rankers rankers;

    @TempDir
    Path tmp;

    @Test
    void initialAndIncrementalImportsOfTheSameFilesEvaluateAlike() {
        Path graph = tmp.resolve("graph");
        new GraphGenerator(800, 5_000, 5, 200, 0.5, SEED).write(graph);
        try (Dataset data = Dataset.holdout(graph.resolve("edges.csv"), graph.resolve("interests.tsv"), 0.1, SEED, tmp)) {
            data.importInto(importers);
            Map<String, Map<String, Object>> incremental = figures(graphs.reload(), data, suggestions, rankers);

            Path store = tmp.resolve("store");
            InitialImport.into(store, false, clock).edges(data.edges(), data.interests());
            try (ConfigurableApplicationContext other = ServiceOnStore.start(store)) {
                Map<String, Map<String, Object>> initial = figures(other.getBean(MemberGraphStore.class).reload(), data,
                        other.getBean(Suggestions.class), other.getBean(Rankers.class));
                assertThat(initial).isEqualTo(incremental);
            }
            assertThat(incremental).containsKeys("rapport-formula", "adamic-adar");
            // Figures that could differ: the formula finds hidden connections on this graph.
            assertThat((double) incremental.get("rapport-formula").get("recall@10")).isGreaterThan(0.05);
        }
    }

    /** What {@code evaluate} reports per method, Rapport's formula through the API's code path. */
    private static Map<String, Map<String, Object>> figures(MemberGraph g, Dataset data, Suggestions suggestions, Rankers rankers) {
        Evaluation.Sample sample = Evaluation.sample(g, data.test(), Integer.MAX_VALUE, SEED);
        assertThat(sample.members()).hasSizeGreaterThan(50);
        Map<String, Evaluation.Ranker> rapport = Map.of("rapport-formula",
                (id, n) -> Evaluation.ids(suggestions.suggest(id, n, rankers.formula(), false, false)));
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        Evaluation.run(g, sample, K, SEED, rapport, Progress.NONE).forEach((method, m) -> out.put(method, m.figures(g.size())));
        return out;
    }
}
