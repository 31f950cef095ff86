package app.rapport.analytics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The time window an analytics figure covers: {@code from} and {@code to} are ISO dates (UTC days), both
 * inclusive; either may be open (null = all time on that side). Invitations belong to the window of the
 * day they were sent, impressions to the day they were shown.
 *
 * @param from first day covered, or null for "since the beginning"
 * @param to   last day covered, or null for "up to now"
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
public record AnalyticsWindow(LocalDate from, LocalDate to) {

    /** Open bounds are given to Cypher as far-away instants so range predicates can use the indexes. */
    private static final ZonedDateTime BEGINNING = ZonedDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final ZonedDateTime END = ZonedDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

    public static final AnalyticsWindow ALL_TIME = new AnalyticsWindow(null, null);

    /** Parses the query parameters; a malformed date or from after to is a 400 problem naming the field. */
    public static AnalyticsWindow parse(String from, String to) {
        LocalDate f = date("from", from);
        LocalDate t = date("to", to);
        if (f != null && t != null && f.isAfter(t)) {
            throw new InvalidWindowException("from", "must not be after 'to' (" + t + ")");
        }
        return new AnalyticsWindow(f, t);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidWindowException(field, "must be an ISO date like 2026-06-01, got '" + abbreviate(text) + "'");
        }
        // Within the open bounds' own range: a well-formed date like +999999999-12-31 has no day after it (500 before).
        if (date.isBefore(BEGINNING.toLocalDate()) || !date.isBefore(END.toLocalDate())) {
            throw new InvalidWindowException(field, "must be between " + BEGINNING.toLocalDate() + " and "
                    + END.toLocalDate().minusDays(1) + ", got '" + abbreviate(text) + "'");
        }
        return date;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /**
     * The window as Cypher parameters: {@code $from} (inclusive) and {@code $to} (exclusive) instants. A new,
     * mutable map each time, so a caller may add its own parameters.
     */
    public Map<String, Object> bounds() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", start());
        params.put("to", end());
        return params;
    }

    /** Inclusive start instant (start of day {@code from}, UTC). */
    ZonedDateTime start() {
        return from == null ? BEGINNING : from.atStartOfDay(ZoneOffset.UTC);
    }

    /** Exclusive end instant (start of the day after {@code to}, UTC). */
    ZonedDateTime end() {
        return to == null ? END : to.plusDays(1).atStartOfDay(ZoneOffset.UTC);
    }
}
