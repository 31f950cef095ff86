package app.rapport.suggestion;

import java.util.List;

import app.rapport.invitation.ReasonCode;

/**
 * One "people you may know" entry with its explanation. Public: the API body, and what the analytics
 * simulation and the evaluation receive from {@link Suggestions#suggest}.
 *
 * @param memberId             the suggested member
 * @param name                 display name
 * @param rank                 1-based position in the list
 * @param score                the total score (sum of the parts)
 * @param parts                each kind of evidence's share of the score (the formula's weighted terms, or the
 *                             learned model's per-feature contributions grouped), the model's base and the
 *                             impression discount; they add up to {@code score}
 * @param mutualConnectionCount how many connections the two share
 * @param mutualConnections    up to 3 of them, the most telling (least connected) first
 * @param sharedInterests      shared interests (display names), rarest first, at most 10
 * @param sharedOrganizations  shared employers and schools
 * @param sharedCity           the place both live in, or null
 * @param reasons              reason codes, the strongest evidence first
 * @param ranker               who ranked it: {@code formula} or {@code learned-v<version>} (the model's version)
 */
public record Suggestion(String memberId, String name, int rank, double score, ScoreParts parts,
        int mutualConnectionCount, List<MemberRef> mutualConnections, List<String> sharedInterests,
        List<OrganizationRef> sharedOrganizations, PlaceRef sharedCity, List<ReasonCode> reasons, String ranker) {

    /**
     * The parts of the score; they add up to it. With the formula: its weighted terms ({@code degree} rewards
     * well-connected candidates), the learned-only parts 0. With a learned model: each feature's contribution,
     * grouped — mutual connections (counts, Adamic-Adar, resource allocation, Jaccard and their standing among
     * the member's candidates), three-step {@code connectionPaths}, both {@code degree}s, shared interests
     * (with how much the member's own connections share them), organisations, place, {@code recency} of the
     * connections involved, {@code timesShown} (the model's view of earlier impressions) — and the model's
     * {@code base}. {@code impressionDiscount} (≤ 0, both rankers) sinks a candidate shown many times without
     * action.
     */
    public record ScoreParts(double mutualConnections, double sharedInterests, double sameCompany, double sameSchool,
            double sameCity, double degree, double connectionPaths, double recency, double timesShown, double base,
            double impressionDiscount) {

        /** The sum of the parts. */
        public double total() {
            return mutualConnections + sharedInterests + sameCompany + sameSchool + sameCity + degree + connectionPaths
                    + recency + timesShown + base + impressionDiscount;
        }
    }

    /** A member named in an explanation. */
    public record MemberRef(String id, String name) {
    }

    /** A shared employer ({@code COMPANY}) or school ({@code SCHOOL}). */
    public record OrganizationRef(String id, String name, String kind) {
    }

    /** A shared place. */
    public record PlaceRef(String id, String name) {
    }
}
