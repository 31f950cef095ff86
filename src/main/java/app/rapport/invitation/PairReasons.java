package app.rapport.invitation;

import java.util.ArrayList;
import java.util.List;

/**
 * Reasons two members have to connect, as a profile view shows them ({@code GET …/relationship}) and as an
 * invitation sent from a profile records them ({@link #codes()}).
 *
 * @param mutualConnections how many connections they share
 * @param mutual            up to 3 of them, by name
 */
record PairReasons(int mutualConnections, List<Person> mutual, List<String> sharedInterests,
        List<String> sameCompanies, List<String> sameSchools, List<String> sameCities) {

    /** A mutual connection. */
    record Person(String id, String firstName, String lastName) {
    }

    /** The reason codes that hold, in {@link ReasonCode}'s order. */
    List<ReasonCode> codes() {
        List<ReasonCode> codes = new ArrayList<>();
        if (mutualConnections > 0) {
            codes.add(ReasonCode.MUTUAL_CONNECTIONS);
        }
        if (!sharedInterests.isEmpty()) {
            codes.add(ReasonCode.SHARED_INTERESTS);
        }
        if (!sameCompanies.isEmpty()) {
            codes.add(ReasonCode.SAME_COMPANY);
        }
        if (!sameSchools.isEmpty()) {
            codes.add(ReasonCode.SAME_SCHOOL);
        }
        if (!sameCities.isEmpty()) {
            codes.add(ReasonCode.SAME_CITY);
        }
        return codes;
    }
}
