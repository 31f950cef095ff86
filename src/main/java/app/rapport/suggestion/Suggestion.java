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
 * @param parts                the weighted contribution of each kind of evidence
 * @param mutualConnectionCount how many connections the two share
 * @param mutualConnections    up to 3 of them, the most telling (least connected) first
 * @param sharedInterests      shared interests (display names), rarest first, at most 10
 * @param sharedOrganizations  shared employers and schools
 * @param sharedCity           the place both live in, or null
 * @param reasons              reason codes, the strongest evidence first
 */
public record Suggestion(String memberId, String name, int rank, double score, ScoreParts parts,
        int mutualConnectionCount, List<MemberRef> mutualConnections, List<String> sharedInterests,
        List<OrganizationRef> sharedOrganizations, PlaceRef sharedCity, List<ReasonCode> reasons) {

    /** Weighted parts of the score; {@code degree} rewards well-connected candidates. */
    public record ScoreParts(double mutualConnections, double sharedInterests, double sameCompany, double sameSchool,
            double sameCity, double degree) {
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
