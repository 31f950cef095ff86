package app.rapport.tools.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

import app.rapport.suggestion.MemberGraph;

/**
 * The link-prediction baselines, each over the member's friends of friends (never self or a connection),
 * ties to the smaller member id like Rapport: common neighbours, Adamic-Adar (Σ 1/ln deg), Jaccard
 * (common / union of neighbourhoods), resource allocation (Σ 1/deg), a seeded random friend of friend, and
 * the LDBC SNB Interactive IC10 interest score: common − uncommon, where common counts the candidate's
 * interests the member shares and uncommon the candidate's other interests (IC10 counts the candidate's
 * posts with / without a tag the member is interested in; a member's interests stand in for the posts'
 * tags here; IC10's birthday window is left out because it is a query parameter, not a quality signal).
 */
final class Baselines {

    static final List<String> METHODS = List.of("common-neighbours", "adamic-adar", "jaccard", "resource-allocation",
            "random-fof", "ldbc-ic10");

    private final MemberGraph g;

    Baselines(MemberGraph g) {
        this.g = g;
    }

    /** What the topology baselines count for one candidate: its mutual friends, weighted three ways. */
    private static final class Tally {
        int common;
        double adamicAdar;
        double resourceAllocation;
    }

    /** Each method's top k for member {@code u}, in {@link #METHODS} order. */
    List<List<String>> rank(int u, int k, long seed) {
        int[] friends = g.neighbours(u);
        // Candidates in the order first met, so the seeded random baseline draws the same way every run.
        Map<Integer, Tally> tallies = new LinkedHashMap<>();
        for (int f : friends) {
            int[] row = g.neighbours(f);
            double aa = 1 / Math.log(Math.max(row.length, 2));
            double ra = 1.0 / row.length;
            for (int c : row) {
                if (c == u || Arrays.binarySearch(friends, c) >= 0) {
                    continue;
                }
                Tally t = tallies.computeIfAbsent(c, x -> new Tally());
                t.common++;
                t.adamicAdar += aa;
                t.resourceAllocation += ra;
            }
        }
        int[] cands = tallies.keySet().stream().mapToInt(Integer::intValue).toArray();
        Random random = new Random(seed * 31 + u);
        Map<Integer, Double> shuffle = new HashMap<>();
        for (int c : cands) {
            shuffle.put(c, random.nextDouble());
        }
        int[] mine = g.interestsOf(u);
        List<List<String>> out = new ArrayList<>();
        out.add(top(cands, k, c -> tallies.get(c).common));
        out.add(top(cands, k, c -> tallies.get(c).adamicAdar));
        out.add(top(cands, k, c -> (double) tallies.get(c).common / (friends.length + g.degree(c) - tallies.get(c).common)));
        out.add(top(cands, k, c -> tallies.get(c).resourceAllocation));
        out.add(top(cands, k, shuffle::get));
        out.add(top(cands, k, c -> {
            int[] theirs = g.interestsOf(c);
            int common = 0;
            for (int i : theirs) {
                if (Arrays.binarySearch(mine, i) >= 0) {
                    common++;
                }
            }
            return common - (theirs.length - common);
        }));
        return out;
    }

    /** A baseline's score of one candidate member (by index). */
    @FunctionalInterface
    private interface CandidateScore {
        double of(int candidate);
    }

    private List<String> top(int[] candidates, int k, CandidateScore score) {
        record Scored(int member, double score) {
        }
        Comparator<Scored> worstFirst = Comparator.comparingDouble(Scored::score)
                .thenComparing(s -> g.id(s.member()), Comparator.reverseOrder());
        PriorityQueue<Scored> heap = new PriorityQueue<>(k + 1, worstFirst);
        for (int c : candidates) {
            heap.add(new Scored(c, score.of(c)));
            if (heap.size() > k) {
                heap.poll();
            }
        }
        List<Scored> sorted = new ArrayList<>(heap);
        sorted.sort(worstFirst.reversed());
        return sorted.stream().map(s -> g.id(s.member())).toList();
    }
}
