package app.rapport.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/**
 * The incremental path of {@code import edges}: the rows {@link EdgeData} read, written with the
 * edge-list import statements in two passes: the members first (so each connection batch only matches
 * existing nodes by their index), then the distinct pairs in the direction first seen, sorted by their
 * first member (consecutive rows of a batch then touch the same member's records, already in Neo4j's
 * page cache), then the interests. Rows are plain ids and lists of ids, the import's timestamp one
 * parameter (see {@link MergeSink}).
 */
public final class EdgeListImporter {

    private final MergeSink sink;
    private final Progress.Factory progress;

    EdgeListImporter(MergeSink sink, Progress.Factory progress) {
        this.sink = sink;
        this.progress = progress;
    }

    /** True when a first line names its columns (e.g. "id_1,id_2", "source target") rather than holding ids. */
    public static boolean isHeader(String[] fields) {
        return ConnectionReader.isHeader(fields);
    }

    List<ImportReport> write(EdgeData data) {
        String[] ids = data.members.all();
        // Members in id order: the nodes are then created in the order the pairs below are sorted in.
        Integer[] byId = new Integer[data.edgeMembers];
        Arrays.setAll(byId, i -> i);
        Arrays.sort(byId, (x, y) -> ids[x].compareTo(ids[y]));
        int[] rank = new int[ids.length];
        for (int r = 0; r < byId.length; r++) {
            rank[byId[r]] = r;
        }
        Map<String, Object> created = Map.of("createdAt", data.now);
        long start = System.nanoTime();
        try (Progress bar = progress.start("members", data.edgeMembers);
             MergeSink.Writer writer = sink.open("import-member-ids", created, data.memberReport, bar)) {
            for (Integer m : byId) {
                writer.add((Object) ids[m]);
            }
        }
        data.memberReport.took(data.memberReport.nanos() + System.nanoTime() - start);
        LongArrayList pairs = data.distinctPairs();
        // Sorted by the first member's rank, then the second's; each pair keeps its direction (first seen).
        LongArrayList order = new LongArrayList(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            order.add(((long) rank[EdgeData.first(pairs.get(i))] << 32) | rank[EdgeData.second(pairs.get(i))]);
        }
        order.sortThis();
        try (Progress bar = progress.start("connections", pairs.size());
             MergeSink.Writer writer = sink.open("import-connection-pairs", Map.of("since", data.now), data.connectionReport, bar)) {
            for (int i = 0; i < order.size(); i++) {
                long o = order.get(i);
                writer.add(List.of(ids[byId[(int) (o >>> 32)]], ids[byId[(int) o]]));
            }
        }
        // Every valid row was applied: a repeated pair (either direction) merges into the first one.
        data.connectionReport.imported(data.from.size() - pairs.size());
        data.connectionReport.took(data.connectionReport.nanos() + System.nanoTime() - start);
        if (data.interestReport != null) {
            long interests = System.nanoTime();
            try (Progress bar = progress.start("interests", data.interestMember.size());
                 MergeSink.Writer writer = sink.open("import-interest-links", created, data.interestReport, bar)) {
                for (int i = 0; i < data.interestMember.size(); i++) {
                    int interest = data.interest.get(i);
                    writer.add(List.of(ids[data.interestMember.get(i)], data.interestKeys.get(interest), data.interestNames.get(interest)));
                }
            }
            data.interestReport.took(data.interestReport.nanos() + System.nanoTime() - interests);
        }
        return data.reports();
    }
}
