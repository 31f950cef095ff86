package app.rapport.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import app.rapport.suggestion.ranking.LinearTrainer;
import app.rapport.suggestion.ranking.Model;
import app.rapport.suggestion.ranking.TrainingData;
import app.rapport.suggestion.ranking.TreeTrainer;

/**
 * Trains a ranker on the deployment's own graph (the {@code train} command, the background schedule,
 * {@code evaluate} and {@code simulate} all call {@link #train}): hide a share of the connections
 * ({@link InnerSplit}), hold out validation members, build groups from the rest through the serving code
 * ({@link TrainingSet}; more random splits on small graphs; outcome groups once there are enough), train
 * Tribuo's logistic regression and XGBoost's rank:ndcg trees, validate both and the formula on the held-out
 * members ({@link Validation}), store the best with its figures ({@link ModelStore}) and promote it only if it
 * beats the formula's Recall@10 there. One training at a time; requests never wait for it.
 */
@Component
public class RankerTraining {

    private static final Logger log = LoggerFactory.getLogger(RankerTraining.class);

    /** Where a training is: stages with a known amount of work, then steps of it. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void stage(String name, long total) {
            }

            @Override
            public void step(long n) {
            }
        };

        void stage(String name, long total);

        void step(long n);
    }

    /** The last training, for health and metrics. */
    record Status(boolean running, Instant lastStarted, TrainingReport last, String lastFailure) {
    }

    private final MemberGraphStore graphs;
    private final RankingSettings settings;
    private final Ranking ranking;
    private final Rankers rankers;
    private final ModelStore store;
    private final Outcomes outcomes;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Instant lastStarted;
    private volatile TrainingReport last;
    private volatile String lastFailure;

    RankerTraining(MemberGraphStore graphs, SuggestionSettings suggestionSettings, RankingSettings settings, Rankers rankers,
            ModelStore store, Outcomes outcomes, Clock clock) {
        this.graphs = graphs;
        this.settings = settings;
        this.ranking = new Ranking(new Scorer(suggestionSettings), settings);
        this.rankers = rankers;
        this.store = store;
        this.outcomes = outcomes;
        this.clock = clock;
        this.last = store.newest().map(ModelStore.Version::report).orElse(null);
    }

    /** When the newest model this code can serve (or the newest "formula stays") was trained; null when none. */
    Instant lastUsableTraining() {
        return store.newestUsableTraining();
    }

    Status status() {
        return new Status(lock.isLocked(), lastStarted, last, lastFailure);
    }

    /** Trains on the current graph, stores the result and promotes it if it beats the formula. */
    public TrainingReport train(int threads, Progress progress) {
        return train(null, null, threads, progress);
    }

    /**
     * As {@link #train(int, Progress)} on {@code g} with the outcomes {@code found} (each read now when null):
     * tests train on hand-made graphs through the same code.
     */
    TrainingReport train(MemberGraph g, Outcomes.Found found, int threads, Progress progress) {
        return train(g, found, threads, progress, TrainingAudit.NONE);
    }

    /** As {@link #train(MemberGraph, Outcomes.Found, int, Progress)}, showing {@code audit} what it learns from. */
    TrainingReport train(MemberGraph g, Outcomes.Found found, int threads, Progress progress, TrainingAudit audit) {
        lock.lock();
        try {
            lastStarted = clock.instant();
            MemberGraph graph = g != null ? g : graphs.current();
            TrainingReport report = trainLocked(graph, found != null ? found : outcomes.find(graph), threads, progress, audit);
            last = report;
            lastFailure = null;
            return report;
        } catch (RuntimeException | LinkageError e) {
            lastFailure = clock.instant() + " " + e;
            throw e;
        } finally {
            lock.unlock();
        }
    }

    private TrainingReport trainLocked(MemberGraph g, Outcomes.Found found, int threads, Progress progress, TrainingAudit audit) {
        long start = System.nanoTime();
        RankingSettings.Training t = settings.training();
        List<String> notes = new ArrayList<>();
        boolean useOutcomes = found.positives() >= settings.outcomes().minPositives() && !found.groups().isEmpty();
        Set<Long> alsoHide = new HashSet<>();
        if (useOutcomes) {
            found.groups().forEach(l -> {
                for (int i = 0; i < l.candidates().length; i++) {
                    if (l.labels()[i] > 0) {
                        alsoHide.add(InnerSplit.pair(l.member(), l.candidates()[i]));
                    }
                }
            });
        }
        InnerSplit first = InnerSplit.of(g, t.holdout(), t.seed(), t.byDate(), alsoHide);
        List<Integer> pool = withHidden(first, Set.of(), t.seed());
        int validationSize = (int) Math.min(t.validationMembers(), Math.round(pool.size() * t.validation()));
        List<Integer> validation = List.copyOf(pool.subList(0, validationSize));
        Set<Integer> validationSet = new HashSet<>(validation);
        TrainingSet set = new TrainingSet(ranking, rankers.formula(), t.negatives(), audit);
        TrainingData data = new TrainingData(Features.COUNT);
        int splits = 0;
        for (int r = 0; r < t.maxSplits(); r++) {
            InnerSplit split = r == 0 ? first : InnerSplit.of(g, t.holdout(), t.seed() + 7919L * r, t.byDate(), alsoHide);
            List<Integer> members = withHidden(split, validationSet, t.seed() + r);
            members = members.subList(0, Math.min(t.members(), members.size()));
            audit.graph(split.graph());
            progress.stage("features, split " + (r + 1), members.size());
            data.addAll(set.synthetic(split, members, t.seed() + r, progress::step));
            splits++;
            // The newest connections are the same every time: another split would teach the same thing.
            if (data.groups() >= t.minGroups() || first.newest()) {
                break;
            }
        }
        int outcomeGroups = 0;
        if (useOutcomes) {
            TrainingData fromOutcomes = set.outcomes(first, found.groups(), (float) settings.outcomes().weight());
            outcomeGroups = fromOutcomes.groups();
            data.addAll(fromOutcomes);
        }
        Map<String, Model> models = models(data, t, threads, progress, notes);
        Map<String, Ranker> contenders = new LinkedHashMap<>();
        contenders.put(FormulaRanker.NAME, rankers.formula());
        models.forEach((kind, model) -> contenders.put(kind, new LearnedRanker(model, 0, rankers.formula().weights())));
        progress.stage("validation", validation.size());
        Map<String, Double> recalls = Validation.recall(ranking, first, validation, contenders, progress::step);
        String best = models.keySet().stream().max((a, b) -> Double.compare(recalls.get(a), recalls.get(b))).orElse(null);
        double formulaRecall = recalls.get(FormulaRanker.NAME);
        boolean promoted = best != null && recalls.get(best) > formulaRecall;
        if (data.groups() == 0) {
            notes.add("nothing to learn from: no member has a hidden connection among their candidates");
        }
        TrainingReport report = new TrainingReport(store.nextVersion(), clock.instant(), promoted, best,
                best == null ? 0 : recalls.get(best), formulaRecall, recalls, validation.size(), splits, first.newest(),
                data.groups(), data.rows(), found.positives(), outcomeGroups, g.size(), g.connections(),
                (System.nanoTime() - start) / 1e9, notes);
        store.save(report, best == null ? null : models.get(best));
        if (promoted) {
            rankers.promote(models.get(best), report);
        }
        log.info("Ranker training {}: {} (validation Recall@10 {}), formula {}; {}", report.version(),
                best == null ? "no model" : best, best == null ? "-" : recalls.get(best), formulaRecall,
                promoted ? "promoted" : "the previous ranker keeps serving");
        return report;
    }

    private Map<String, Model> models(TrainingData data, RankingSettings.Training t, int threads, Progress progress,
            List<String> notes) {
        Map<String, Model> models = new LinkedHashMap<>();
        if (data.groups() == 0) {
            return models;
        }
        if (t.trains("linear")) {
            progress.stage("logistic regression", 1);
            models.put("linear", LinearTrainer.train(data, Features.NAMES, t.seed()));
            progress.step(1);
        }
        if (t.trains("trees")) {
            progress.stage("trees", TreeTrainer.ROUNDS);
            int[] done = {0};
            try {
                models.put("trees", TreeTrainer.train(data, Features.NAMES, t.seed(), threads, built -> {
                    progress.step(built - done[0]);
                    done[0] = built;
                }));
            } catch (IllegalStateException | LinkageError e) {
                // E.g. no native XGBoost for this platform: the linear model still competes.
                notes.add("trees not trained: " + e);
                log.warn("XGBoost could not train: {}", e.toString());
            }
        }
        return models;
    }

    /** Members with a hidden connection, not in {@code except}, in a seeded order. */
    private static List<Integer> withHidden(InnerSplit split, Set<Integer> except, long seed) {
        List<Integer> members = new ArrayList<>();
        for (int m = 0; m < split.hidden().length; m++) {
            if (split.hidden()[m].length > 0 && !except.contains(m)) {
                members.add(m);
            }
        }
        Collections.shuffle(members, new Random(seed));
        return members;
    }
}
