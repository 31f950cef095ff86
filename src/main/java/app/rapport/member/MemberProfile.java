package app.rapport.member;

import java.time.Instant;
import java.util.List;

/**
 * A member's profile as the API shows it (design.md §4).
 *
 * @param interests display names, sorted
 */
record MemberProfile(
        String id,
        String firstName,
        String lastName,
        String headline,
        String industry,
        List<String> interests,
        List<Employment> employers,
        List<Education> schools,
        City city,
        Instant createdAt) {

    /** An employer, with the years worked there ({@code to} empty = still there). */
    record Employment(String organizationId, String name, Integer from, Integer to) {
    }

    /** A school, with the class year. */
    record Education(String organizationId, String name, Integer classYear) {
    }

    /** Where the member lives. */
    record City(String id, String name) {
    }
}
