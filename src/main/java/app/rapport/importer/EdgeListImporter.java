package app.rapport.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The incremental path of {@code import edges}: the rows {@link EdgeData} read, written through a
 * {@link RowSink} with the import statements: members first, then the connections between them (so each
 * connection batch only matches existing nodes), then the interests.
 */
public final class EdgeListImporter {

    private final RowSink sink;
    private final Progress.Factory progress;

    EdgeListImporter(RowSink sink, Progress.Factory progress) {
        this.sink = sink;
        this.progress = progress;
    }

    /** True when a first line names its columns (e.g. "id_1,id_2", "source target") rather than holding ids. */
    public static boolean isHeader(String[] fields) {
        return ConnectionReader.isHeader(fields);
    }

    List<ImportReport> write(EdgeData data) {
        String[] ids = data.members.all();
        long start = System.nanoTime();
        try (Progress bar = progress.start("members", data.edgeMembers);
             RowSink.RowWriter writer = sink.open("import-members", data.memberReport, bar)) {
            for (int m = 0; m < data.edgeMembers; m++) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", ids[m]);
                row.put("createdAt", data.now);
                row.put("firstName", null);
                row.put("lastName", null);
                writer.add(row);
            }
        }
        data.memberReport.took(data.memberReport.nanos() + System.nanoTime() - start);
        try (Progress bar = progress.start("connections", data.from.size());
             RowSink.RowWriter writer = sink.open("import-connections", data.connectionReport, bar)) {
            for (int i = 0; i < data.from.size(); i++) {
                writer.add(Map.of("a", ids[data.from.get(i)], "b", ids[data.to.get(i)], "since", data.now));
            }
        }
        data.connectionReport.took(data.connectionReport.nanos() + System.nanoTime() - start);
        if (data.interestReport != null) {
            long interests = System.nanoTime();
            try (Progress bar = progress.start("interests", data.interestMember.size());
                 RowSink.RowWriter writer = sink.open("import-interests", data.interestReport, bar)) {
                for (int i = 0; i < data.interestMember.size(); i++) {
                    int interest = data.interest.get(i);
                    writer.add(Map.of("member", ids[data.interestMember.get(i)], "key", data.interestKeys.get(interest),
                            "name", data.interestNames.get(interest), "createdAt", data.now));
                }
            }
            data.interestReport.took(data.interestReport.nanos() + System.nanoTime() - interests);
        }
        return data.reports();
    }
}
