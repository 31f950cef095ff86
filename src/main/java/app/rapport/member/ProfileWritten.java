package app.rapport.member;

import java.util.List;

/**
 * Published (Spring application event) after a transaction that created or replaced a profile commits, on the
 * request's thread: the keys suggestions match on, as stored.
 *
 * @param interestKeys    normalised interest keys
 * @param organizationIds employers and schools
 * @param placeId         the city, or null
 */
public record ProfileWritten(String id, String name, List<String> interestKeys, List<String> organizationIds,
        String placeId) {
}
