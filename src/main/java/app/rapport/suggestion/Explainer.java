package app.rapport.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.rapport.invitation.ReasonCode;
import app.rapport.suggestion.Suggestion.MemberRef;
import app.rapport.suggestion.Suggestion.OrganizationRef;
import app.rapport.suggestion.Suggestion.PlaceRef;
import app.rapport.suggestion.Suggestion.ScoreParts;

/**
 * Turns scored candidates into explained suggestions. Mutual connections and shared interests are
 * recomputed exactly here (sorted-array intersections), so an explanation only names real, current
 * evidence even where the scorer sampled a hub.
 */
final class Explainer {

    static final int MUTUALS_SHOWN = 3;
    static final int INTERESTS_SHOWN = 10;

    private Explainer() {
    }

    static List<Suggestion> explain(MemberGraph g, Viewer.Resolved v, List<Ranking.Scored> ranked, String ranker) {
        List<Suggestion> out = new ArrayList<>(ranked.size());
        int rank = 1;
        for (Ranking.Scored r : ranked) {
            out.add(explain(g, v, r, rank++, ranker));
        }
        return out;
    }

    private static Suggestion explain(MemberGraph g, Viewer.Resolved v, Ranking.Scored r, int rank, String ranker) {
        int c = r.member();
        int[] mutual = intersect(v.friends(), g.adjacency[c]);
        List<MemberRef> shownMutuals = boxed(mutual).stream()
                .sorted(Comparator.<Integer>comparingInt(m -> g.adjacency[m].length).thenComparing(m -> g.ids[m]))
                .limit(MUTUALS_SHOWN).map(m -> new MemberRef(g.ids[m], g.names[m])).toList();
        List<String> interests = boxed(intersect(v.interests(), g.interests[c])).stream()
                .sorted(Comparator.<Integer>comparingInt(i -> g.interestMembers[i].length).thenComparing(i -> g.interestNames[i]))
                .limit(INTERESTS_SHOWN).map(i -> g.interestNames[i]).toList();
        List<OrganizationRef> orgs = boxed(intersect(v.organizations(), g.organizations[c])).stream()
                .map(o -> new OrganizationRef(g.organizationIds[o], g.organizationNames[o],
                        g.organizationIsSchool[o] ? "SCHOOL" : "COMPANY"))
                .toList();
        PlaceRef city = v.place() >= 0 && g.place[c] == v.place() ? new PlaceRef(g.placeIds[v.place()], g.placeNames[v.place()]) : null;
        double score = round(r.score());
        ScoreParts parts = rounded(r.parts(), score);
        boolean company = orgs.stream().anyMatch(o -> o.kind().equals("COMPANY"));
        boolean school = orgs.stream().anyMatch(o -> o.kind().equals("SCHOOL"));
        return new Suggestion(g.ids[c], g.names[c], rank, score, parts, mutual.length, shownMutuals, interests,
                orgs, city, reasons(parts, mutual.length, interests.size(), company, school, city != null), ranker);
    }

    /**
     * Reason codes for the evidence the two members really share, the part that weighs most in the score first;
     * ties keep {@link ReasonCode}'s order. (A learned model may weigh a shared thing at 0 or below; the reason
     * is still true, it is just listed last.)
     */
    static List<ReasonCode> reasons(ScoreParts p, int mutuals, int interests, boolean company, boolean school, boolean city) {
        record Reason(ReasonCode code, double weight) {
        }
        List<Reason> reasons = new ArrayList<>();
        if (mutuals > 0) {
            reasons.add(new Reason(ReasonCode.MUTUAL_CONNECTIONS, p.mutualConnections() + p.connectionPaths()));
        }
        if (interests > 0) {
            reasons.add(new Reason(ReasonCode.SHARED_INTERESTS, p.sharedInterests()));
        }
        if (company) {
            reasons.add(new Reason(ReasonCode.SAME_COMPANY, p.sameCompany()));
        }
        if (school) {
            reasons.add(new Reason(ReasonCode.SAME_SCHOOL, p.sameSchool()));
        }
        if (city) {
            reasons.add(new Reason(ReasonCode.SAME_CITY, p.sameCity()));
        }
        return reasons.stream().sorted(Comparator.comparingDouble(Reason::weight).reversed())
                .map(Reason::code).toList();
    }

    /** Members of both sorted arrays. */
    static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static List<Integer> boxed(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    /**
     * The parts rounded as the score is (6 decimals), with what the rounding moved put on the largest part, so that
     * the parts a client reads still add up to the score it reads (11 parts rounded one by one could miss it by up
     * to 6 in the last decimal).
     */
    static ScoreParts rounded(ScoreParts p, double score) {
        double[] v = {p.mutualConnections(), p.sharedInterests(), p.sameCompany(), p.sameSchool(), p.sameCity(), p.degree(),
                p.connectionPaths(), p.recency(), p.timesShown(), p.base(), p.impressionDiscount()};
        int largest = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = round(v[i]);
            largest = Math.abs(v[i]) > Math.abs(v[largest]) ? i : largest;
        }
        ScoreParts first = new ScoreParts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
        v[largest] = round(v[largest] + score - first.total());
        return new ScoreParts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
