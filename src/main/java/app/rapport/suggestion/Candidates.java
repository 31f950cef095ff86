package app.rapport.suggestion;

import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * What stage 1 ({@link Scorer#gather}) kept for one viewer: the candidates, best first by the formula, and the
 * evidence the expansion counted for every member it reached. Reads the gathering thread's work arrays, so
 * it is valid only on that thread until it gathers again; every read of a member the expansion did not reach
 * answers 0 (or no date), so features can also be computed for any other member (training on outcomes).
 */
final class Candidates {

    private final MemberGraph graph;
    private final Viewer.Resolved viewer;
    private final int[] members;
    private final double[] formula;
    private final Scorer.Scratch s;
    private final int generation;

    private Candidates(MemberGraph graph, Viewer.Resolved viewer, int[] members, double[] formula, Scorer.Scratch s) {
        this.graph = graph;
        this.viewer = viewer;
        this.members = members;
        this.formula = formula;
        this.s = s;
        this.generation = s.generation;
    }

    MemberGraph graph() {
        return graph;
    }

    Viewer.Resolved viewer() {
        return viewer;
    }

    int size() {
        return members.length;
    }

    /** The i-th candidate (0 = best by the formula). */
    int member(int i) {
        return members[i];
    }

    int[] members() {
        return members;
    }

    /** The formula's score of the i-th candidate (with the weights it was gathered with). */
    double formula(int i) {
        return formula[i];
    }

    /** The same viewer's evidence for other members (e.g. candidates of an outcome): reached or not. */
    Candidates with(int[] others) {
        double[] scores = new double[others.length];
        return new Candidates(graph, viewer, others, scores, s);
    }

    /** Did stage 1's expansion reach {@code c} (a kept candidate always; another member maybe)? */
    boolean reached(int c) {
        check();
        return s.seen[c] == generation;
    }

    /** Σ 1/ln(degree) over sampled mutual connections. */
    double adamicAdar(int c) {
        return reached(c) ? s.adamicAdar[c] : 0;
    }

    /** Mutual connections (sampled, scaled by the stride). */
    double common(int c) {
        return reached(c) ? s.common[c] : 0;
    }

    /** Σ 1/degree over sampled mutual connections. */
    double resourceAllocation(int c) {
        return reached(c) ? s.resourceAllocation[c] : 0;
    }

    /** The cosine of the idf-weighted interests, as the formula used it. */
    double interestSimilarity(int c) {
        return reached(c) ? s.interest[c] : 0;
    }

    /** {@link Scorer#COMPANY}, {@link Scorer#SCHOOL}, {@link Scorer#CITY} bits. */
    byte flags(int c) {
        return reached(c) ? s.flags[c] : 0;
    }

    /** The newest day of a path viewer-f-c (the later of its two connections), or {@link MemberGraph#UNKNOWN_DAY}. */
    int pathDay(int c) {
        return reached(c) ? s.pathDay[c] : MemberGraph.UNKNOWN_DAY;
    }

    /** Two-step paths from the viewer to {@code y} (sampled like the rest). */
    double twoPaths(int y) {
        check();
        return s.pathsSeen[y] == generation ? s.paths[y] : 0;
    }

    private void check() {
        if (s.generation != generation) {
            throw new IllegalStateException("stage-1 candidates read after this thread gathered again");
        }
    }

    /** The best {@code keep} by score, ties to the smaller member id. */
    static final class Top {
        private record Entry(int member, double score) {
        }

        private final MemberGraph g;
        private final int keep;
        private final Comparator<Entry> worstFirst;
        private final PriorityQueue<Entry> heap;

        Top(MemberGraph g, int keep) {
            this.g = g;
            this.keep = keep;
            this.worstFirst = Comparator.comparingDouble(Entry::score).thenComparing(e -> g.ids[e.member()], Comparator.reverseOrder());
            this.heap = new PriorityQueue<>(keep + 1, worstFirst);
        }

        void offer(int c, double score) {
            if (heap.size() < keep) {
                heap.add(new Entry(c, score));
            } else {
                Entry worst = heap.peek();
                if (score > worst.score() || (score == worst.score() && g.ids[c].compareTo(g.ids[worst.member()]) < 0)) {
                    heap.poll();
                    heap.add(new Entry(c, score));
                }
            }
        }

        Candidates candidates(Scorer.Scratch s, Viewer.Resolved v) {
            Entry[] sorted = heap.toArray(Entry[]::new);
            Arrays.sort(sorted, worstFirst.reversed());
            int[] members = new int[sorted.length];
            double[] scores = new double[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                members[i] = sorted[i].member();
                scores[i] = sorted[i].score();
            }
            return new Candidates(g, v, members, scores, s);
        }
    }
}
