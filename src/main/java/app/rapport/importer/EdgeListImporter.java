package app.rapport.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/**
 * The incremental path of {@code import edges}: the rows {@link EdgeData} read, written with the
 * edge-list import statements in passes: the members first, whose MERGE returns each one's internal node id
 * ({@link NodeIds}), then the distinct pairs in the direction first seen as pairs of those node ids (a seek
 * by id for each end instead of two index seeks), sorted by their first member (consecutive rows of a batch
 * then touch the same member's records, already in Neo4j's page cache), then the interests the same way:
 * the members only the interest file names, each distinct interest, the links. Rows are plain ids and lists,
 * the import's timestamp one parameter (see {@link MergeSink}).
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
        NodeIds memberNodes = new NodeIds(ids.length);
        long start = System.nanoTime();
        try (Progress bar = progress.start("members", data.edgeMembers);
             MergeSink.Writer writer = sink.open("import-member-ids", created(data), data.memberReport, bar, memberNodes)) {
            for (Integer m : byId) {
                writer.add((Object) ids[m]);
            }
        }
        data.memberReport.took(data.memberReport.nanos() + System.nanoTime() - start);
        connections(data, memberNodes.of(ids, 0, data.edgeMembers), byId, rank);
        data.connectionReport.took(data.connectionReport.nanos() + System.nanoTime() - start);
        if (data.interestReport != null) {
            long interests = System.nanoTime();
            interests(data, ids, memberNodes);
            data.interestReport.took(data.interestReport.nanos() + System.nanoTime() - interests);
        }
        return data.reports();
    }

    private static Map<String, Object> created(EdgeData data) {
        return Map.of("createdAt", data.now);
    }

    /** Each distinct pair once, as the node ids of its members, sorted by the first member's rank, then the second's. */
    private void connections(EdgeData data, Object[] nodes, Integer[] byId, int[] rank) {
        LongArrayList pairs = data.distinctPairs();
        // Each pair keeps its direction (first seen).
        LongArrayList order = new LongArrayList(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            order.add(((long) rank[EdgeData.first(pairs.get(i))] << 32) | rank[EdgeData.second(pairs.get(i))]);
        }
        order.sortThis();
        try (Progress bar = progress.start("connections", pairs.size());
             MergeSink.Writer writer = sink.open("import-connection-pairs", Map.of("since", data.now), data.connectionReport, bar)) {
            for (int i = 0; i < order.size(); i++) {
                long o = order.get(i);
                writer.add(List.of(nodes[byId[(int) (o >>> 32)]], nodes[byId[(int) o]]));
            }
        }
        // Every valid row was applied: a repeated pair (either direction) merges into the first one.
        data.connectionReport.imported(data.from.size() - pairs.size());
    }

    /**
     * The interest file: the members only it names, then each distinct interest once (both counted apart from the
     * links), then the links as pairs of node ids, in file order.
     */
    private void interests(EdgeData data, String[] ids, NodeIds memberNodes) {
        // Members only the interest file names, and only those of its valid rows (the reader numbers a member before
        // it checks the interest).
        boolean[] linked = new boolean[ids.length];
        data.interestMember.forEach(m -> linked[m] = true);
        List<String> extra = new ArrayList<>();
        for (int m = data.edgeMembers; m < ids.length; m++) {
            if (linked[m]) {
                extra.add(ids[m]);
            }
        }
        ImportReport aside = new ImportReport("interest members and keys", data.interestReport.file());
        try (Progress bar = progress.start("members (interest file)", extra.size());
             MergeSink.Writer writer = sink.open("import-member-ids", created(data), aside, bar, memberNodes)) {
            extra.forEach(writer::add);
        }
        Object[] members = new Object[ids.length];
        for (int m = 0; m < ids.length; m++) {
            if (m < data.edgeMembers || linked[m]) {
                members[m] = memberNodes.get(ids[m]);
            }
        }
        String[] keys = data.interestKeys.toArray(String[]::new);
        NodeIds interestNodes = new NodeIds(keys.length);
        try (Progress bar = progress.start("interests (distinct)", keys.length);
             MergeSink.Writer writer = sink.open("import-interest-keys", Map.of(), aside, bar, interestNodes)) {
            for (int k = 0; k < keys.length; k++) {
                writer.add(List.of(keys[k], data.interestNames.get(k)));
            }
        }
        Object[] interests = interestNodes.of(keys, 0, keys.length);
        try (Progress bar = progress.start("interests", data.interestMember.size());
             MergeSink.Writer writer = sink.open("import-interest-links", Map.of(), data.interestReport, bar)) {
            for (int i = 0; i < data.interestMember.size(); i++) {
                writer.add(List.of(members[data.interestMember.get(i)], interests[data.interest.get(i)]));
            }
        }
    }
}
