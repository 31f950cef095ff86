package app.rapport.suggestion;

import java.util.Arrays;

/**
 * Stage 1 of the one ranking code path (API, {@code evaluate}, {@code bench}, training): gathers candidates
 * (friends of friends, members sharing an interest or organisation that is rare enough to scan), scores them
 * with the hand-weighted formula — weighted Adamic-Adar over mutual connections, the cosine of the
 * idf-weighted interests, shared company, school and place, candidate degree — and keeps the best few hundred
 * for the ranker ({@link Candidates}). Ties go to the smaller member id, so the same graph always gives the
 * same order.
 * <p>
 * The same expansion also counts what the learned ranker's {@link Features} need and cannot get more cheaply
 * later: plain and resource-allocation counts of mutual connections, the number of two-step paths to every
 * member reached (friends included; the three-step path count of a candidate is summed from them), and the
 * newest date of a path to each candidate.
 * <p>
 * Work per request is bounded: a mutual connection with more than {@code maxExpansion} neighbours, or a
 * request whose two-hop expansion would visit more than {@link #MAX_VISITS} rows, is sampled with a
 * fixed stride (deterministic) and its contribution scaled by the stride.
 */
final class Scorer {

    static final int MAX_VISITS = 1_000_000;
    static final byte COMPANY = 1;
    static final byte SCHOOL = 2;
    static final byte CITY = 4;

    private final SuggestionSettings settings;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    Scorer(SuggestionSettings settings) {
        this.settings = settings;
    }

    /**
     * The {@code keep} best candidates by the formula with weights {@code w}, best first. The result reads this
     * thread's work arrays: use it before this thread gathers again.
     */
    Candidates gather(MemberGraph g, Viewer.Resolved v, SuggestionSettings.Weights w, int keep) {
        Scratch s = scratch.get();
        s.prepare(g.size());
        for (int e : v.excluded()) {
            if (e >= 0) {
                s.excluded[e] = s.generation;
            }
        }
        expandFriends(g, v, s);
        int[] commonInterests = scanPostings(g.interestMembers, v.interests(), s, g, true);
        double viewerNorm = g.norm(v.interests());
        int[] commonOrgs = scanPostings(g.organizationMembers, v.organizations(), s, g, false);
        Candidates.Top top = new Candidates.Top(g, keep);
        for (int i : commonInterests) {
            addCommonInterest(g, i, s);
        }
        for (int t = 0; t < s.count; t++) {
            int c = s.touched[t];
            if (s.interest[c] > 0) {
                // Cosine of the two idf-weighted interest vectors: rare shared interests count most, and a
                // member with hundreds of interests does not match everyone.
                s.interest[c] /= viewerNorm * g.interestNorm[c];
            }
            for (int o : commonOrgs) {
                if (Arrays.binarySearch(g.organizations[c], o) >= 0) {
                    s.flags[c] |= g.organizationIsSchool[o] ? SCHOOL : COMPANY;
                }
            }
            if (v.place() >= 0 && g.place[c] == v.place()) {
                s.flags[c] |= CITY;
            }
            double score = score(w, s.adamicAdar[c], s.interest[c], s.flags[c]) + degreePart(w, g, c);
            if (score > 0) {
                top.offer(c, score);
            }
        }
        return top.candidates(s, v);
    }

    /**
     * A common interest (too large to scan for candidates) adds its weight to every reached member who has it. Each
     * member's sum takes its terms in the same order either way; what differs is the cost: walking the interest's
     * members when they are few against those reached, else one search per reached member (a request reaching tens of
     * thousands spent a tenth of its CPU in those searches).
     */
    private static void addCommonInterest(MemberGraph g, int i, Scratch s) {
        double idf = g.idf(i);
        double weight = idf * idf;
        int[] members = g.interestMembers[i];
        if (members.length <= 4L * s.count) {
            for (int c : members) {
                if (s.seen[c] == s.generation) {
                    s.interest[c] += weight;
                }
            }
            return;
        }
        for (int t = 0; t < s.count; t++) {
            int c = s.touched[t];
            if (Arrays.binarySearch(g.interests[c], i) >= 0) {
                s.interest[c] += weight;
            }
        }
    }

    static double score(SuggestionSettings.Weights w, double adamicAdar, double interestSimilarity, byte flags) {
        return w.mutual() * adamicAdar + w.interests() * interestSimilarity
                + ((flags & COMPANY) != 0 ? w.company() : 0) + ((flags & SCHOOL) != 0 ? w.school() : 0)
                + ((flags & CITY) != 0 ? w.city() : 0);
    }

    static double degreePart(SuggestionSettings.Weights w, MemberGraph g, int c) {
        return w.degree() == 0 ? 0 : w.degree() * g.logDegree[c];
    }

    /**
     * Adamic-Adar: each mutual connection f adds 1/ln(degree f) to every neighbour of f; the same walk counts
     * mutual connections, resource allocation (1/degree f), two-step paths and the newest path date.
     */
    private void expandFriends(MemberGraph g, Viewer.Resolved v, Scratch s) {
        int[] friends = v.friends();
        long planned = 0;
        for (int f : friends) {
            planned += Math.min(g.adjacency[f].length, settings.maxExpansion());
        }
        int globalStride = (int) Math.max(1, (planned + MAX_VISITS - 1) / MAX_VISITS);
        int[] ownRow = v.self() >= 0 ? g.adjacency[v.self()] : new int[0];
        int[] ownDays = v.self() >= 0 ? g.sinceRow(v.self(), ownRow) : null;
        for (int f : friends) {
            int[] row = g.adjacency[f];
            int degree = row.length;
            if (degree == 0) {
                continue;
            }
            int[] days = g.sinceRow(f, row);
            int at = ownDays == null ? -1 : Arrays.binarySearch(ownRow, f);
            int toFriend = at >= 0 ? ownDays[at] : MemberGraph.UNKNOWN_DAY;
            int stride = Math.max(globalStride, (degree + settings.maxExpansion() - 1) / settings.maxExpansion());
            int offset = stride == 1 ? 0 : Math.floorMod(f * 31 + v.seed(), stride);
            double add = stride / Math.log(Math.max(degree, 2));
            double addRa = (double) stride / degree;
            for (int i = offset; i < degree; i += stride) {
                int c = row[i];
                s.twoPaths(c, stride);
                if (s.excluded[c] != s.generation) {
                    s.touch(c);
                    s.adamicAdar[c] += add;
                    s.common[c] += stride;
                    s.resourceAllocation[c] += addRa;
                    // A path u-f-c is as new as the later of its two connections.
                    int day = days == null || toFriend == MemberGraph.UNKNOWN_DAY || days[i] == MemberGraph.UNKNOWN_DAY
                            ? MemberGraph.UNKNOWN_DAY : Math.max(toFriend, days[i]);
                    s.pathDay[c] = Math.max(s.pathDay[c], day);
                }
            }
        }
    }

    /**
     * Scans the members of each of the viewer's interests (or organisations) that has at most
     * {@code maxPostings} members; returns the larger ones, scored later only for candidates found otherwise.
     */
    private int[] scanPostings(int[][] postings, int[] items, Scratch s, MemberGraph g, boolean interests) {
        int[] common = new int[items.length];
        int commonCount = 0;
        for (int item : items) {
            int[] members = postings[item];
            if (members.length > settings.maxPostings()) {
                common[commonCount++] = item;
                continue;
            }
            double idf = interests ? g.idf(item) : 0;
            double weight = idf * idf;
            byte bit = interests ? 0 : (g.organizationIsSchool[item] ? SCHOOL : COMPANY);
            for (int c : members) {
                if (s.excluded[c] != s.generation) {
                    s.touch(c);
                    s.interest[c] += weight;
                    s.flags[c] |= bit;
                }
            }
        }
        return Arrays.copyOf(common, commonCount);
    }

    /** Per-thread work arrays, reused across requests; a generation stamp replaces clearing them. */
    static final class Scratch {
        int generation;
        int[] seen = new int[0];
        int[] excluded = new int[0];
        double[] adamicAdar = new double[0];
        double[] interest = new double[0];
        byte[] flags = new byte[0];
        double[] common = new double[0];
        double[] resourceAllocation = new double[0];
        int[] pathDay = new int[0];
        int[] pathsSeen = new int[0];
        double[] paths = new double[0];
        int[] touched = new int[1024];
        int count;

        void prepare(int n) {
            if (seen.length < n || generation == Integer.MAX_VALUE) {
                int size = Math.max(n, seen.length) + 1024;
                seen = new int[size];
                excluded = new int[size];
                adamicAdar = new double[size];
                interest = new double[size];
                flags = new byte[size];
                common = new double[size];
                resourceAllocation = new double[size];
                pathDay = new int[size];
                pathsSeen = new int[size];
                paths = new double[size];
                generation = 0;
            }
            generation++;
            count = 0;
        }

        void touch(int c) {
            if (seen[c] != generation) {
                seen[c] = generation;
                adamicAdar[c] = 0;
                interest[c] = 0;
                flags[c] = 0;
                common[c] = 0;
                resourceAllocation[c] = 0;
                pathDay[c] = MemberGraph.UNKNOWN_DAY;
                if (count == touched.length) {
                    touched = Arrays.copyOf(touched, count * 2);
                }
                touched[count++] = c;
            }
        }

        /** Counts {@code n} two-step paths from the viewer to {@code y} (any member reached, friends too). */
        void twoPaths(int y, int n) {
            if (pathsSeen[y] != generation) {
                pathsSeen[y] = generation;
                paths[y] = 0;
            }
            paths[y] += n;
        }
    }
}
