package app.rapport.importer;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import app.rapport.member.Interests;
import app.rapport.member.MemberIds;

/**
 * Imports the LDBC SNB CsvComposite layout (neo4j-admin style headers, {@code |} separated): people,
 * "knows" as connections, interests (tag names), employers, universities, cities. Rows that are
 * malformed or refer to something the files do not define are skipped and reported with file and line.
 */
final class LdbcImporter {

    private static final Pattern BAR = Pattern.compile("|", Pattern.LITERAL);
    private static final DateTimeFormatter LDBC_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT);

    private final RowSink sink;
    private final Progress.Factory progress;

    LdbcImporter(RowSink sink, Progress.Factory progress) {
        this.sink = sink;
        this.progress = progress;
    }

    List<ImportReport> importFrom(RowSource source) {
        for (String required : List.of("Person.csv", "Person_knows_Person.csv")) {
            if (!source.has(required)) {
                throw new IllegalArgumentException("Not an LDBC SNB directory: " + source.describe(required) + " is missing");
            }
        }
        List<ImportReport> reports = new ArrayList<>();
        Set<String> places = ids(source, "Place.csv");
        Set<String> orgs = ids(source, "Organisation.csv");
        Map<String, String> tags = tagNames(source);
        InterestNames interestNames = new InterestNames();
        Set<String> people = ids(source, "Person.csv");

        reports.add(step(source, "Place.csv", "places", "import-places", 4, (f, line, r) ->
                Map.of("id", f[0], "name", Interests.displayName(f[1]), "kind", f[3].toUpperCase(Locale.ROOT))));
        reports.add(step(source, "Place_isPartOf_Place.csv", "place hierarchy", "import-place-parts", 2, (f, line, r) ->
                known(places, f[0], "place", line, r) && known(places, f[1], "place", line, r) ? Map.of("a", f[0], "b", f[1]) : null));
        reports.add(step(source, "Organisation.csv", "organisations", "import-organizations", 4, (f, line, r) ->
                Map.of("id", f[0], "name", Interests.displayName(f[2]),
                        "kind", f[1].equalsIgnoreCase("University") ? "SCHOOL" : "COMPANY")));
        reports.add(step(source, "Person.csv", "members", "import-members", 8, (f, line, r) -> {
            if (!MemberIds.isValid(f[0])) {
                r.skip(line, "person id '" + f[0] + "' " + MemberIds.MESSAGE);
                return null;
            }
            ZonedDateTime created = time(f[5], line, r);
            if (created == null || f[1].isBlank()) {
                if (created != null) {
                    r.skip(line, "empty firstName");
                }
                return null;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("id", f[0]);
            row.put("firstName", f[1].strip());
            row.put("lastName", f[2].strip());
            row.put("createdAt", created);
            return row;
        }));
        reports.add(step(source, "Person_isLocatedIn_Place.csv", "cities", "import-lives-in", 2, (f, line, r) ->
                known(people, f[0], "person", line, r) && known(places, f[1], "place", line, r)
                        ? Map.of("member", f[0], "place", f[1]) : null));
        reports.add(step(source, "Person_workAt_Organisation.csv", "employers", "import-works-at", 3, (f, line, r) -> {
            Integer from = year(f[2], line, r);
            return from != null && known(people, f[0], "person", line, r) && known(orgs, f[1], "organisation", line, r)
                    ? Map.of("member", f[0], "org", f[1], "from", from) : null;
        }));
        reports.add(step(source, "Person_studyAt_Organisation.csv", "schools", "import-studied-at", 3, (f, line, r) -> {
            Integer classYear = year(f[2], line, r);
            return classYear != null && known(people, f[0], "person", line, r) && known(orgs, f[1], "organisation", line, r)
                    ? Map.of("member", f[0], "org", f[1], "classYear", classYear) : null;
        }));
        reports.add(step(source, "Person_hasInterest_Tag.csv", "interests", "import-interests", 2, (f, line, r) -> {
            String tag = tags.get(f[1]);
            if (tag == null) {
                r.skip(line, "unknown tag " + f[1]);
                return null;
            }
            String key = Interests.key(tag);
            if (!known(people, f[0], "person", line, r) || key.isEmpty()) {
                return null;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("member", f[0]);
            row.put("key", key);
            row.put("name", interestNames.nameOf(key, Interests.displayName(tag)));
            row.put("createdAt", null);
            return row;
        }));
        for (String knows : List.of("Person_knows_Person.csv", "Person_knows_Person_1.csv")) {
            if (source.has(knows)) {
                reports.add(step(source, knows, "connections", "import-connections", 3, (f, line, r) -> {
                    ZonedDateTime since = time(f[2], line, r);
                    if (since == null || !known(people, f[0], "person", line, r) || !known(people, f[1], "person", line, r)) {
                        return null;
                    }
                    if (f[0].equals(f[1])) {
                        r.skip(line, "a member cannot be connected to themself");
                        return null;
                    }
                    return Map.of("a", f[0], "b", f[1], "since", since);
                }));
            }
        }
        return reports;
    }

    @FunctionalInterface
    private interface RowMapper {
        /** The row's parameters, or null after reporting why it is skipped. */
        Map<String, Object> map(String[] fields, long line, ImportReport report);
    }

    private ImportReport step(RowSource source, String file, String what, String query, int fields, RowMapper mapper) {
        ImportReport report = new ImportReport(what, source.describe(file));
        if (!source.has(file)) {
            return report;
        }
        long start = System.nanoTime();
        long total = Math.max(0, Lines.count(source, file) - 1);
        try (Progress bar = progress.start(what, total);
             RowSink.RowWriter writer = sink.open(query, report, bar)) {
            Lines.forEach(source, file, (number, text) -> {
                if (number == 1 || text.isBlank()) {
                    return;
                }
                report.read();
                String[] f = BAR.split(text, -1);
                if (f.length != fields) {
                    report.skip(number, "expected " + fields + " fields separated by '|', found " + f.length);
                    bar.step(1);
                    return;
                }
                Map<String, Object> row = mapper.map(f, number, report);
                if (row == null) {
                    bar.step(1);
                } else {
                    writer.add(row);
                }
            });
        }
        report.took(System.nanoTime() - start);
        return report;
    }

    private static boolean known(Set<String> ids, String id, String kind, long line, ImportReport report) {
        if (ids.contains(id)) {
            return true;
        }
        report.skip(line, "unknown " + kind + " " + id);
        return false;
    }

    private static ZonedDateTime time(String text, long line, ImportReport report) {
        try {
            return LocalDateTime.parse(text.strip(), LDBC_TIME).atZone(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            report.skip(line, "'" + text + "' is not a yyyyMMddHHmmssSSS time");
            return null;
        }
    }

    private static Integer year(String text, long line, ImportReport report) {
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 1900 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        report.skip(line, "'" + text + "' is not a year");
        return null;
    }

    private static Set<String> ids(RowSource source, String file) {
        Set<String> ids = new HashSet<>();
        if (source.has(file)) {
            Lines.forEach(source, file, (number, text) -> {
                int bar = text.indexOf('|');
                if (number > 1 && bar > 0) {
                    ids.add(text.substring(0, bar));
                }
            });
        }
        return ids;
    }

    private static Map<String, String> tagNames(RowSource source) {
        Map<String, String> names = new HashMap<>();
        if (source.has("Tag.csv")) {
            Lines.forEach(source, "Tag.csv", (number, text) -> {
                String[] f = BAR.split(text, -1);
                if (number > 1 && f.length >= 2 && !f[1].isBlank()) {
                    names.put(f[0], f[1]);
                }
            });
        }
        return names;
    }
}
