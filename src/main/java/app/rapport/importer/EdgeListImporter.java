package app.rapport.importer;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;

import app.rapport.config.Cypher;
import app.rapport.member.Interests;
import app.rapport.member.MemberIds;

/**
 * Imports a generic edge list (two member ids a line, separated by comma, tab or spaces; {@code #}
 * comments and one header line allowed) and an optional interest file ({@code memberId<TAB>interest}).
 * Members are written first, then connections, so each connection batch only matches existing nodes.
 */
public final class EdgeListImporter {

    private static final Pattern SEPARATORS = Pattern.compile("[,\\t ]+");
    private static final Pattern HEADER_WORD = Pattern.compile(
            "(?i)(^|.*[_ -])(id|source|target|src|dst|from|to|node|member|user)([_ -]?\\d*|[_ -].*)$");

    private final Driver driver;
    private final Progress.Factory progress;
    private final int batchSize;
    private final Clock clock;

    EdgeListImporter(Driver driver, Progress.Factory progress, int batchSize, Clock clock) {
        this.driver = driver;
        this.progress = progress;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** Imports the edges, then the interests (when given). */
    List<ImportReport> importFrom(RowSource edgeSource, String edgeFile, RowSource interestSource, String interestFile) {
        List<ImportReport> reports = new ArrayList<>();
        ZonedDateTime now = ZonedDateTime.now(clock);
        ImportReport edges = new ImportReport("connections", edgeSource.describe(edgeFile));
        long start = System.nanoTime();
        List<String[]> pairs = readPairs(edgeSource, edgeFile, edges);
        Set<String> members = new LinkedHashSet<>();
        for (String[] pair : pairs) {
            members.add(pair[0]);
            members.add(pair[1]);
        }
        ImportReport memberReport = new ImportReport("members", edgeSource.describe(edgeFile));
        try (Progress bar = progress.start("members", members.size());
             BatchWriter writer = new BatchWriter(driver, Cypher.query("import-members"), batchSize, memberReport, bar)) {
            for (String id : members) {
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
             BatchWriter writer = new BatchWriter(driver, Cypher.query("import-connections"), batchSize, edges, bar)) {
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

    private List<String[]> readPairs(RowSource source, String file, ImportReport report) {
        List<String[]> pairs = new ArrayList<>();
        boolean[] first = {true};
        Lines.forEach(source, file, (number, text) -> {
            String line = text.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            String[] f = SEPARATORS.split(line);
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
                pairs.add(f);
            }
        });
        return pairs;
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
        try (Progress bar = progress.start("interests", total);
             BatchWriter writer = new BatchWriter(driver, Cypher.query("import-interests"), batchSize, report, bar)) {
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
                    writer.add(Map.of("member", member, "key", key, "name", Interests.displayName(interest), "createdAt", now));
                    return;
                }
                bar.step(1);
            });
        }
        report.took(System.nanoTime() - start);
        return report;
    }
}
