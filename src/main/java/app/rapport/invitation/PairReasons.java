package app.rapport.invitation;

import java.util.ArrayList;
import java.util.List;

/**
 * Reasons two members have to connect, as the relationship endpoint shows them and as invitations
 * record them ({@link #codes()}).
 *
 * @param mutualConnections how many connections they share
 * @param mutual            up to 3 of them, by name
 */
record PairReasons(int mutualConnections, List<Person> mutual, List<String> sharedInterests,
        List<String> sameCompanies, List<String> sameSchools, List<String> sameCities) {

    /** A mutual connection. */
    record Person(String id, String firstName, String lastName) {
    }

    /** The reason codes of the graph contract that hold, in a fixed order. */
    List<String> codes() {
        List<String> codes = new ArrayList<>();
        if (mutualConnections > 0) {
            codes.add("MUTUAL_CONNECTIONS");
        }
        if (!sharedInterests.isEmpty()) {
            codes.add("SHARED_INTERESTS");
        }
        if (!sameCompanies.isEmpty()) {
            codes.add("SAME_COMPANY");
        }
        if (!sameSchools.isEmpty()) {
            codes.add("SAME_SCHOOL");
        }
        if (!sameCities.isEmpty()) {
            codes.add("SAME_CITY");
        }
        return codes;
    }
}
