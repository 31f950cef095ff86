package app.rapport.tools.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import app.rapport.importer.Progress;
import app.rapport.suggestion.MemberGraph;
import app.rapport.suggestion.Suggestion;

/**
 * Runs Rapport and every baseline for the same seeded sample of members with hidden connections and
 * collects their metrics. Rapport goes through {@code Suggestions.suggest}, the code path of the API.
 */
final class Evaluation {

    /** Who to ask and what they should find. */
    record Sample(List<String> members, Map<String, Set<String>> hidden) {
    }

    private Evaluation() {
    }

    static Sample sample(MemberGraph g, List<EdgeSplit.Edge> test, int size, long seed) {
        Map<String, Set<String>> hidden = new HashMap<>();
        for (EdgeSplit.Edge e : test) {
            if (g.indexOf(e.a()) >= 0 && g.indexOf(e.b()) >= 0) {
                hidden.computeIfAbsent(e.a(), x -> new HashSet<>()).add(e.b());
                hidden.computeIfAbsent(e.b(), x -> new HashSet<>()).add(e.a());
            }
        }
        List<String> members = new ArrayList<>(hidden.keySet());
        Collections.sort(members);
        Collections.shuffle(members, new Random(seed));
        return new Sample(List.copyOf(members.subList(0, Math.min(size, members.size()))), hidden);
    }

    /** Metrics per method (Rapport's rankers first, by name, then the baselines). */
    static Map<String, Metrics> run(MemberGraph g, Sample sample, int k, long seed, Map<String, Ranker> rapport, Progress progress) {
        Map<String, Metrics> metrics = new LinkedHashMap<>();
        rapport.keySet().forEach(m -> metrics.put(m, new Metrics(k)));
        Baselines.METHODS.forEach(m -> metrics.put(m, new Metrics(k)));
        Baselines baselines = new Baselines(g);
        for (String member : sample.members()) {
            Set<String> relevant = sample.hidden().get(member);
            rapport.forEach((name, ranker) -> metrics.get(name).add(ranker.ids(member, k), relevant));
            List<List<String>> ranked = baselines.rank(g.indexOf(member), k, seed);
            for (int i = 0; i < Baselines.METHODS.size(); i++) {
                metrics.get(Baselines.METHODS.get(i)).add(ranked.get(i), relevant);
            }
            progress.step(1);
        }
        return metrics;
    }

    /** Rapport's mean Recall@k with the given weights on the sample. */
    static double recall(Sample sample, int k, Ranker rapport) {
        Metrics m = new Metrics(k);
        for (String member : sample.members()) {
            m.add(rapport.ids(member, k), sample.hidden().get(member));
        }
        return m.recall();
    }

    static List<String> ids(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::memberId).toList();
    }

    /** A member's top k member ids. */
    interface Ranker {
        List<String> ids(String member, int k);
    }
}
