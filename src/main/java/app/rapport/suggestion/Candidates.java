package app.rapport.suggestion;

import java.util.Arrays;

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

    /**
     * The best {@code keep} by score, ties to the smaller member id: a binary heap, worst at the root, on primitive
     * arrays, the ids compared by their rank ({@link MemberGraph#idRanks}). Stage 1 offers every member it reached
     * (tens of thousands for a well-connected viewer); a boxed {@code PriorityQueue} with a composed comparator
     * was a tenth of a request's CPU.
     */
    static final class Top {
        private final MemberGraph g;
        private final int[] rank;
        private final int keep;
        private final int[] member;
        private final double[] score;
        private int size;

        Top(MemberGraph g, int keep) {
            this.g = g;
            this.rank = g.idRanks();
            this.keep = keep;
            this.member = new int[keep];
            this.score = new double[keep];
        }

        void offer(int c, double value) {
            if (size < keep) {
                member[size] = c;
                score[size] = value;
                up(size++);
            } else if (keep > 0 && worse(member[0], score[0], c, value)) {
                member[0] = c;
                score[0] = value;
                down(0, size);
            }
        }

        /** Is (a, sa) worse than (b, sb): a lower score, or the same score and a larger id? */
        private boolean worse(int a, double sa, int b, double sb) {
            return sa < sb || (sa == sb && rank[a] > rank[b]);
        }

        private boolean worse(int i, int j) {
            return worse(member[i], score[i], member[j], score[j]);
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!worse(i, parent)) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i, int n) {
            while (true) {
                int child = 2 * i + 1;
                if (child >= n) {
                    return;
                }
                if (child + 1 < n && worse(child + 1, child)) {
                    child++;
                }
                if (!worse(child, i)) {
                    return;
                }
                swap(i, child);
                i = child;
            }
        }

        private void swap(int i, int j) {
            int m = member[i];
            member[i] = member[j];
            member[j] = m;
            double v = score[i];
            score[i] = score[j];
            score[j] = v;
        }

        /** The kept ones, best first (a heap sort: the worst goes to the end each round). */
        Candidates candidates(Scorer.Scratch s, Viewer.Resolved v) {
            for (int n = size - 1; n > 0; n--) {
                swap(0, n);
                down(0, n);
            }
            return new Candidates(g, v, Arrays.copyOf(member, size), Arrays.copyOf(score, size), s);
        }
    }
}
