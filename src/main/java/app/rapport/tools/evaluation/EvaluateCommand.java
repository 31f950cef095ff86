package app.rapport.tools.evaluation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.importer.Importers;
import app.rapport.importer.Progress;
import app.rapport.suggestion.MemberGraph;
import app.rapport.suggestion.MemberGraphStore;
import app.rapport.suggestion.Ranker;
import app.rapport.suggestion.RankerTraining;
import app.rapport.suggestion.Rankers;
import app.rapport.suggestion.SuggestionSettings;
import app.rapport.suggestion.SuggestionSettings.Weights;
import app.rapport.suggestion.Suggestions;
import app.rapport.suggestion.TrainingReport;
import app.rapport.tools.cli.AppCommand;
import app.rapport.tools.cli.Options;
import app.rapport.tools.cli.StageBars;
import app.rapport.tools.cli.TempStore;
import app.rapport.tools.cli.TrainingLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code evaluate}: offline recommendation quality (design.md §9). Hides a seeded share of the connections (or
 * the newest, {@code --protocol time}; or takes {@code --train}/{@code --test}), loads the rest into a fresh
 * temporary embedded store, trains the ranker there as a deployment would (on what it was given, never on the
 * hidden connections), and compares {@code rapport} (the ranker as served: the promoted model, or the formula
 * when no model beat it), {@code rapport-formula} and the link-prediction baselines on the same members — all
 * members with hidden connections unless {@code --sample} says fewer.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Recall@k, Precision@k, NDCG@k, MRR and coverage of Rapport and baselines on hidden connections.")
public class EvaluateCommand implements AppCommand.Standalone {

    @Mixin GraphSource graph = new GraphSource();

    @Option(names = "--train", paramLabel = "FILE", description = "training connections (with --test)")
    Path train;

    @Option(names = "--test", paramLabel = "FILE", description = "hidden connections to find (with --train)")
    Path test;

    @Option(names = "--holdout", defaultValue = "0.1", description = "share of connections hidden (default ${DEFAULT-VALUE})")
    double holdout;

    @Option(names = "--k", defaultValue = "10", description = "list length (default ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--sample", defaultValue = "0", description = "members evaluated, a seeded sample (default: all with hidden connections)")
    int sample;

    @Option(names = "--protocol", defaultValue = "random", paramLabel = "random|time",
            description = "hide a seeded random share (default) or the newest connections (time; needs dates: --ldbc)")
    String protocol;

    @Option(names = "--no-train", description = "do not train: rapport is the formula")
    boolean noTrain;

    @Option(names = "--threads", defaultValue = "2", description = "XGBoost threads while training (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--tune", arity = "0..1", split = ",", fallbackValue = "interests,company,school,city,degree", paramLabel = "WEIGHTS",
            description = "search these weights (default all) on this split first, then report with the best found")
    List<String> tune;

    @Option(names = "--tune-rounds", defaultValue = "1", description = "coordinate-ascent rounds of --tune (default ${DEFAULT-VALUE})")
    int tuneRounds;

    @Mixin Options.Seed seed = new Options.Seed(42);
    @Mixin Options.Json json = new Options.Json();
    @Mixin Options.ProgressBars progress = new Options.ProgressBars();
    @Mixin Options.WorkDir workDir = new Options.WorkDir();

    @Override
    public void validate() {
        Options.requireOne("give exactly one of --edges FILE, --train FILE --test FILE, --ldbc DIR", graph.given(),
                train != null || test != null);
        if ((train == null) != (test == null)) {
            throw new IllegalArgumentException("--train and --test go together");
        }
        Options.requireFiles(train, test);
        if (!(holdout > 0 && holdout <= 0.5)) {
            throw new IllegalArgumentException("--holdout must be in (0, 0.5]");
        }
        if (k < 1 || k > 100) {
            throw new IllegalArgumentException("--k must be between 1 and 100");
        }
        if (tune != null && !WeightSearch.NAMES.containsAll(tune)) {
            throw new IllegalArgumentException("--tune takes some of " + String.join(",", WeightSearch.NAMES));
        }
        if (tuneRounds < 1 || tuneRounds > 5) {
            throw new IllegalArgumentException("--tune-rounds must be between 1 and 5");
        }
        if (sample < 0) {
            throw new IllegalArgumentException("--sample must be 0 (all) or more");
        }
        if (!protocol.equals("random") && !protocol.equals("time")) {
            throw new IllegalArgumentException("--protocol is random or time");
        }
        if (protocol.equals("time") && (train != null || !graph.dated())) {
            throw new IllegalArgumentException("--protocol time needs connection dates; only --ldbc brings them");
        }
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("--threads must be between 1 and 64");
        }
    }

    @Override
    public int run(ConfigurableApplicationContext context) {
        PrintStream table = json.table();
        long seed = this.seed.value();
        Path work = workDir.dir();
        // It starts its own temporary store (a standalone command): the configured database is never touched.
        try (Dataset data = train != null ? graph.given(train, test) : graph.holdout(holdout, seed, protocol.equals("time"), work);
             // The ranker learns what the protocol asks: the newest connections (time) or any hidden ones (random).
             TempStore store = TempStore.start(context, "evaluate", work,
                     "--rapport.ranking.training.split=" + (protocol.equals("time") ? "newest" : "random"))) {
            table.printf("Split (%s): %,d connections loaded, %,d hidden (seed %d)%n", protocol, data.train().size(),
                    data.test().size(), seed);
            data.importInto(store.bean(Importers.class));
            MemberGraph g = store.bean(MemberGraphStore.class).reload();
            Suggestions suggestions = store.bean(Suggestions.class);
            Rankers rankers = store.bean(Rankers.class);
            Evaluation.Sample members = Evaluation.sample(g, data.test(), sample == 0 ? Integer.MAX_VALUE : sample, seed);
            Weights weights = store.bean(SuggestionSettings.class).weights();
            if (tune != null) {
                weights = WeightSearch.search(weights, tune, tuneRounds, w -> Evaluation.recall(members, k,
                        ranker(suggestions, rankers.formula(w))), table);
                table.println("tune: to use these weights: " + String.join(" ", WeightSearch.properties(weights)));
            }
            TrainingReport trained = null;
            if (!noTrain) {
                try (StageBars bars = new StageBars(progress, "train: ")) {
                    trained = store.bean(RankerTraining.class).train(threads, bars);
                }
                table.println(TrainingLines.describe(trained));
            }
            Map<String, Evaluation.Ranker> rapport = new LinkedHashMap<>();
            rapport.put("rapport", ranker(suggestions, rankers.served()));
            rapport.put("rapport-formula", ranker(suggestions, rankers.formula(weights)));
            Map<String, Metrics> metrics;
            try (Progress bar = progress.bar("evaluate", members.members().size())) {
                metrics = Evaluation.run(g, members, k, seed, rapport, bar);
            }
            print(table, metrics, g.size());
            json.print(report(metrics, g, data, members, weights, rankers.served().name(), trained));
            return 0;
        }
    }

    private static Evaluation.Ranker ranker(Suggestions suggestions, Ranker ranker) {
        return (id, n) -> Evaluation.ids(suggestions.suggest(id, n, ranker, false, false));
    }

    private Map<String, Object> report(Map<String, Metrics> metrics, MemberGraph g, Dataset data, Evaluation.Sample members,
            Weights weights, String served, TrainingReport trained) {
        Map<String, Object> out = new LinkedHashMap<>();
        metrics.forEach((method, m) -> out.put(method, m.figures(g.size())));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("k", k);
        run.put("holdout", holdout);
        run.put("seed", seed.value());
        run.put("members", g.size());
        run.put("connections_loaded", data.train().size());
        run.put("connections_hidden", data.test().size());
        run.put("members_evaluated", members.members().size());
        run.put("interests", data.hasInterests());
        run.put("weights", weights);
        run.put("protocol", protocol);
        run.put("rapport_ranker", served);
        if (trained != null) {
            run.put("training", trained);
        }
        out.put("run", run);
        return out;
    }

    private void print(PrintStream out, Map<String, Metrics> metrics, int graphSize) {
        out.printf("%n%-20s %10s %13s %9s %8s %9s%n", "method", "recall@" + k, "precision@" + k, "ndcg@" + k, "mrr", "coverage");
        metrics.forEach((method, m) -> {
            Map<String, Object> f = m.figures(graphSize);
            out.printf("%-20s %10.4f %13.4f %9.4f %8.4f %9.4f%n", method, f.get("recall@" + k), f.get("precision@" + k),
                    f.get("ndcg@" + k), f.get("mrr"), f.get("coverage"));
        });
        out.printf("(%d members with hidden connections, k = %d)%n", metrics.get("rapport").members(), k);
    }
}
