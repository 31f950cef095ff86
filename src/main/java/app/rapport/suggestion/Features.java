package app.rapport.suggestion;

import java.util.Arrays;
import java.util.List;

/**
 * The learned ranker's feature vector of (viewer, candidate), computed on the in-memory graph from what stage 1
 * counted — the one code for training, serving, evaluation and the benchmark. {@link #NAMES} lists them in
 * column order (a stored model names its columns, so a model trained on another list is never applied).
 * Definitions (u = viewer, c = candidate, N(x) = x's connections, mutual sums sampled like the formula's):
 * <ul>
 *   <li>{@code cn, aa, ra}: mutual connections, Adamic-Adar Σ 1/ln deg f, resource allocation Σ 1/deg f;
 *       {@code jaccard} cn / |N(u) ∪ N(c)|; {@code ldeg_u, ldeg_c} ln(1 + degree); {@code lpa}
 *       ln(1 + deg u · deg c);</li>
 *   <li>{@code lp3} ln(1 + P3), P3 = Σ over c's connections y ≠ u of the two-step paths u–x–y (three-step
 *       paths u to c), {@code p3n} P3 / (deg u · deg c);</li>
 *   <li>{@code aa_rel, ra_rel}: aa (ra) ÷ the largest among u's kept candidates; {@code lrank_aa}
 *       log2(2 + how many kept candidates have a larger aa) — the candidate's standing in u's own list;</li>
 *   <li>{@code cra}: Cannistraci's resource allocation Σ γ(f) / deg f over mutual connections f, γ(f) = the other
 *       mutual connections f knows ({@link LocalCommunity}: is c inside u's close circle?); {@code lrank_cra} its
 *       log2(2 + rank) among u's kept candidates, as {@code lrank_aa};</li>
 *   <li>shared interests: {@code int_idf} Σ idf, {@code int_cos} idf-weighted cosine, {@code int_n} count,
 *       {@code int_rare / int_mid / int_common} by share of members holding it (≤ 1 %, ≤ 10 %, more),
 *       {@code int_friend} Σ over them of the share of u's connections holding it; {@code int_lift} Σ and
 *       {@code int_lift_max} the largest of their ln homophily lifts ({@link InterestLift}, on this graph's
 *       connections: which interests connect people here);</li>
 *   <li>{@code same_company, same_school, same_place} (0/1), {@code org_idf} Σ idf of shared organisations,
 *       {@code org_friend, place_friend} the share of u's connections in them;</li>
 *   <li>{@code lpath_age} ln(1 + days from the graph's newest connection to the newest path u–f–c; 3650 without
 *       a dated path), {@code lcand_age} ln(1 + days since c's newest connection) — both 0 on a graph without
 *       dates ({@link MemberGraph#dated});</li>
 *   <li>{@code shown}: times the candidate was already shown to u without an action (0 in synthetic training,
 *       informative once outcomes are learnt from).</li>
 * </ul>
 */
final class Features {

    static final List<String> NAMES = List.of("cn", "aa", "ra", "jaccard", "ldeg_u", "ldeg_c", "lpa", "lp3", "p3n", "aa_rel",
            "ra_rel", "lrank_aa", "int_idf", "int_cos", "int_n", "int_rare", "int_mid", "int_common", "same_company", "same_school",
            "same_place", "org_idf", "lpath_age", "lcand_age", "int_friend", "org_friend", "place_friend", "shown", "int_lift", "int_lift_max",
            "cra", "lrank_cra");
    static final int COUNT = NAMES.size();
    static final int CN = 0, AA = 1, RA = 2, JACCARD = 3, LDEG_U = 4, LDEG_C = 5, LPA = 6, LP3 = 7, P3N = 8, AA_REL = 9,
            RA_REL = 10, LRANK_AA = 11, INT_IDF = 12, INT_COS = 13, INT_N = 14, INT_RARE = 15, INT_MID = 16, INT_COMMON = 17,
            SAME_COMPANY = 18, SAME_SCHOOL = 19, SAME_PLACE = 20, ORG_IDF = 21, LPATH_AGE = 22, LCAND_AGE = 23,
            INT_FRIEND = 24, ORG_FRIEND = 25, PLACE_FRIEND = 26, SHOWN = 27, INT_LIFT = 28, INT_LIFT_MAX = 29,
            CRA = 30, LRANK_CRA = 31;
    /** Age of a candidate without any dated path: ten years. */
    static final double NO_PATH_DAYS = 3650;

    private Features() {
    }

    /** The rows of all kept candidates, in their order: {@code x[i * COUNT + j]}. */
    static double[] compute(Candidates kept, int[] shown) {
        return compute(kept, kept.members(), shown);
    }

    /**
     * Rows for {@code members} (kept candidates or any others of the same viewer), relative features measured
     * against the kept ones; {@code shown[i]} is the impression count of {@code members[i]}.
     */
    static double[] compute(Candidates kept, int[] members, int[] shown) {
        MemberGraph g = kept.graph();
        Viewer.Resolved v = kept.viewer();
        CircleShares shares = CircleShares.of(g, v);
        double[] aaSorted = new double[kept.size()];
        double maxAa = 0;
        double maxRa = 0;
        for (int i = 0; i < kept.size(); i++) {
            int c = kept.member(i);
            aaSorted[i] = kept.adamicAdar(c);
            maxAa = Math.max(maxAa, aaSorted[i]);
            maxRa = Math.max(maxRa, kept.resourceAllocation(c));
        }
        Arrays.sort(aaSorted);
        LocalCommunity community = new LocalCommunity(g, v.friends());
        double[] craKept = new double[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            craKept[i] = community.of(kept, kept.member(i));
        }
        double[] craSorted = craKept.clone();
        Arrays.sort(craSorted);
        boolean rowsAreKept = members == kept.members();
        int du = v.friends().length;
        double viewerNorm = g.norm(v.interests());
        boolean everyoneHolds = false;
        for (int i : v.interests()) {
            everyoneHolds |= g.interestMembers[i].length >= g.size();
        }
        double[] x = new double[members.length * COUNT];
        for (int r = 0; r < members.length; r++) {
            int c = members[r];
            int o = r * COUNT;
            int dc = g.adjacency[c].length;
            double cn = kept.common(c);
            double aa = kept.adamicAdar(c);
            x[o + CN] = cn;
            x[o + AA] = aa;
            x[o + RA] = kept.resourceAllocation(c);
            x[o + JACCARD] = cn / Math.max(1, du + dc - cn);
            x[o + LDEG_U] = Log1p.of(du);
            x[o + LDEG_C] = Log1p.of(dc);
            x[o + LPA] = log1p((long) du * dc);
            double p3 = threePaths(g, kept, v.self(), c);
            x[o + LP3] = p3 == (long) p3 ? log1p((long) p3) : Math.log1p(p3);
            x[o + P3N] = p3 / Math.max(1.0, (double) du * dc);
            x[o + AA_REL] = maxAa > 0 ? aa / maxAa : 0;
            x[o + RA_REL] = maxRa > 0 ? x[o + RA] / maxRa : 0;
            x[o + LRANK_AA] = Math.log(2 + above(aaSorted, aa)) / Math.log(2);
            double cra = rowsAreKept ? craKept[r] : community.of(kept, c);
            x[o + CRA] = cra;
            x[o + LRANK_CRA] = Math.log(2 + above(craSorted, cra)) / Math.log(2);
            // Stage 1 summed the shared interests' weights for every member it reached: none means nothing shared,
            // and all interest features stay 0 (unless an interest everyone holds, of weight 0, could be shared).
            if (everyoneHolds || !kept.reached(c) || kept.interestSimilarity(c) > 0) {
                interests(g, v, c, viewerNorm, shares, x, o);
            }
            organisationsAndPlace(g, v, c, shares, x, o);
            if (g.dated) {
                int path = kept.pathDay(c);
                x[o + LPATH_AGE] = Math.log1p(path == MemberGraph.UNKNOWN_DAY ? NO_PATH_DAYS : Math.max(0, g.newestDay - path));
                x[o + LCAND_AGE] = Math.log1p(Math.max(0, g.newestDay - newestConnection(g, c)));
            }
            x[o + SHOWN] = shown == null ? 0 : shown[r];
        }
        return x;
    }

    /** ln(1 + n), from {@link Log1p}'s table where it can (Math.log1p is not an intrinsic: it was a third of the features' time). */
    private static double log1p(long n) {
        return n >= 0 && n <= Integer.MAX_VALUE ? Log1p.of((int) n) : Math.log1p(n);
    }

    /** How many of the sorted values are larger than {@code value}. */
    private static int above(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return sorted.length - lo;
    }

    /** Σ over c's connections y ≠ u of the two-step paths u–x–y: the three-step paths from u to c. */
    private static double threePaths(MemberGraph g, Candidates kept, int self, int c) {
        double p3 = 0;
        for (int y : g.adjacency[c]) {
            if (y != self) {
                p3 += kept.twoPaths(y);
            }
        }
        return p3;
    }

    private static void interests(MemberGraph g, Viewer.Resolved v, int c, double viewerNorm, CircleShares shares, double[] x, int o) {
        int[] mine = v.interests();
        int[] theirs = g.interests[c];
        double n = g.size();
        double idfSum = 0;
        double squares = 0;
        double friends = 0;
        double[] lnLift = g.interestLift();
        double liftSum = 0;
        double liftMax = 0;
        int shared = 0;
        int rare = 0;
        int mid = 0;
        int common = 0;
        for (int a = 0, b = 0; a < mine.length && b < theirs.length;) {
            if (mine[a] < theirs[b]) {
                a++;
            } else if (mine[a] > theirs[b]) {
                b++;
            } else {
                int i = mine[a];
                double idf = g.idf(i);
                idfSum += idf;
                squares += idf * idf;
                friends += shares.interest(a);
                liftSum += lnLift[i];
                liftMax = shared == 0 ? lnLift[i] : Math.max(liftMax, lnLift[i]);
                shared++;
                double holders = g.interestMembers[i].length / n;
                if (holders <= 0.01) {
                    rare++;
                } else if (holders <= 0.1) {
                    mid++;
                } else {
                    common++;
                }
                a++;
                b++;
            }
        }
        double norms = viewerNorm * g.interestNorm[c];
        x[o + INT_IDF] = idfSum;
        x[o + INT_COS] = norms > 0 ? squares / norms : 0;
        x[o + INT_N] = shared;
        x[o + INT_RARE] = rare;
        x[o + INT_MID] = mid;
        x[o + INT_COMMON] = common;
        x[o + INT_FRIEND] = friends;
        x[o + INT_LIFT] = liftSum;
        x[o + INT_LIFT_MAX] = liftMax;
    }

    private static void organisationsAndPlace(MemberGraph g, Viewer.Resolved v, int c, CircleShares shares, double[] x, int o) {
        int[] theirs = g.organizations[c];
        int[] mine = v.organizations();
        for (int k = 0; k < mine.length; k++) {
            int org = mine[k];
            if (Arrays.binarySearch(theirs, org) >= 0) {
                x[o + ORG_IDF] += g.organizationIdf(org);
                x[o + ORG_FRIEND] += shares.organization(k);
                x[o + (g.organizationIsSchool[org] ? SAME_SCHOOL : SAME_COMPANY)] = 1;
            }
        }
        if (v.place() >= 0 && g.place[c] == v.place()) {
            x[o + SAME_PLACE] = 1;
            x[o + PLACE_FRIEND] = shares.place();
        }
    }

    private static int newestConnection(MemberGraph g, int c) {
        int[] row = g.adjacency[c];
        int[] days = g.sinceRow(c, row);
        int newest = MemberGraph.UNKNOWN_DAY;
        if (days != null) {
            for (int day : days) {
                newest = Math.max(newest, day);
            }
        }
        return newest == MemberGraph.UNKNOWN_DAY ? g.newestDay : newest;
    }
}
