package app.rapport.importer;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import app.rapport.member.Interests;
import app.rapport.member.MemberIds;

/**
 * Imports a generic edge list (two member ids a line, separated by comma, tab or spaces; {@code #}
 * comments and one header line allowed) and an optional interest file ({@code memberId<TAB>interest}).
 * Members are written first, then connections, so each connection batch only matches existing nodes.
 */
public final class EdgeListImporter {

    private static final Pattern HEADER_WORD = Pattern.compile(
            "(?i)(^|.*[_ -])(id|source|target|src|dst|from|to|node|member|user)([_ -]?\\d*|[_ -].*)$");

    private final RowSink sink;
    private final Progress.Factory progress;
    private final Clock clock;

    EdgeListImporter(RowSink sink, Progress.Factory progress, Clock clock) {
        this.sink = sink;
        this.progress = progress;
        this.clock = clock;
    }

    /** Imports the edges, then the interests (when given). */
    List<ImportReport> importFrom(RowSource edgeSource, String edgeFile, RowSource interestSource, String interestFile) {
        List<ImportReport> reports = new ArrayList<>();
        ZonedDateTime now = ZonedDateTime.now(clock);
        ImportReport edges = new ImportReport("connections", edgeSource.describe(edgeFile));
        long start = System.nanoTime();
        // Member ids in order of first appearance, each held once: every later lookup of the same id is then
        // the same String (identity-equal, hash cached), which keeps millions of map lookups cheap.
        Map<String, String> members = new LinkedHashMap<>();
        List<String[]> pairs = readPairs(edgeSource, edgeFile, edges, members);
        ImportReport memberReport = new ImportReport("members", edgeSource.describe(edgeFile));
        try (Progress bar = progress.start("members", members.size());
             RowSink.RowWriter writer = sink.open("import-members", memberReport, bar)) {
            for (String id : members.keySet()) {
                memberReport.read();
                Map<String, Object> row = new HashMap<>();
                row.put("id", id);
                row.put("createdAt", now);
                row.put("firstName", null);
                row.put("lastName", null);
                writer.add(row);
            }
        }
        memberReport.took(System.nanoTime() - start);
        try (Progress bar = progress.start("connections", pairs.size());
             RowSink.RowWriter writer = sink.open("import-connections", edges, bar)) {
            for (String[] pair : pairs) {
                writer.add(Map.of("a", pair[0], "b", pair[1], "since", now));
            }
        }
        edges.took(System.nanoTime() - start);
        reports.add(memberReport);
        reports.add(edges);
        if (interestFile != null) {
            reports.add(importInterests(interestSource, interestFile, now));
        }
        return reports;
    }

    private List<String[]> readPairs(RowSource source, String file, ImportReport report, Map<String, String> members) {
        List<String[]> pairs = new ArrayList<>();
        boolean[] first = {true};
        Lines.forEach(source, file, (number, text) -> {
            String line = text.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            String[] f = fields(line);
            if (first[0]) {
                first[0] = false;
                if (isHeader(f)) {
                    return;
                }
            }
            report.read();
            if (f.length != 2) {
                report.skip(number, "expected two member ids, found " + f.length + " fields");
            } else if (!MemberIds.isValid(f[0]) || !MemberIds.isValid(f[1])) {
                report.skip(number, "member id " + MemberIds.MESSAGE);
            } else if (f[0].equals(f[1])) {
                report.skip(number, "a member cannot be connected to themself");
            } else {
                pairs.add(new String[] {members.computeIfAbsent(f[0], id -> id), members.computeIfAbsent(f[1], id -> id)});
            }
        });
        return pairs;
    }

    /**
     * The fields of a stripped line split at runs of commas, tabs and spaces, as {@code "[,\\t ]+"} would
     * split it (a leading separator gives an empty first field), without a regex: it runs once a line.
     */
    static String[] fields(String line) {
        List<String> out = new ArrayList<>(2);
        int start = 0;
        int i = 0;
        while (i < line.length()) {
            if (isSeparator(line.charAt(i))) {
                out.add(line.substring(start, i));
                while (i < line.length() && isSeparator(line.charAt(i))) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        if (start < line.length()) {
            out.add(line.substring(start));
        }
        return out.toArray(String[]::new);
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '\t' || c == ' ';
    }

    /** True when a first line names its columns (e.g. "id_1,id_2", "source target") rather than holding ids. */
    public static boolean isHeader(String[] fields) {
        for (String f : fields) {
            if (HEADER_WORD.matcher(f).matches()) {
                return true;
            }
        }
        return false;
    }

    private ImportReport importInterests(RowSource source, String file, ZonedDateTime now) {
        ImportReport report = new ImportReport("interests", source.describe(file));
        long start = System.nanoTime();
        long total = Lines.count(source, file);
        InterestNames names = new InterestNames();
        try (Progress bar = progress.start("interests", total);
             RowSink.RowWriter writer = sink.open("import-interests", report, bar)) {
            Lines.forEach(source, file, (number, text) -> {
                if (text.isBlank() || text.startsWith("#")) {
                    return;
                }
                report.read();
                int tab = text.indexOf('\t');
                String member = tab < 0 ? "" : text.substring(0, tab).strip();
                String interest = tab < 0 ? "" : text.substring(tab + 1);
                String key = Interests.key(interest);
                if (tab < 0) {
                    report.skip(number, "expected memberId<TAB>interest");
                } else if (!MemberIds.isValid(member)) {
                    report.skip(number, "member id " + MemberIds.MESSAGE);
                } else if (key.isEmpty() || key.length() > 100) {
                    report.skip(number, "interest must be 1-100 characters");
                } else {
                    writer.add(Map.of("member", member, "key", key, "name", names.nameOf(key, Interests.displayName(interest)),
                            "createdAt", now));
                    return;
                }
                bar.step(1);
            });
        }
        report.took(System.nanoTime() - start);
        return report;
    }
}
