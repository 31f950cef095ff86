package app.rapport.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/**
 * The incremental path of {@code import edges}: the rows {@link EdgeData} read, written with the
 * edge-list import statements in passes: the members first, whose MERGE returns each one's internal node id
 * ({@link NodeIds}), then the distinct pairs in the direction first seen, as rows of a member's node id and
 * its partners' (a seek by id for each end instead of two index seeks; the member's connections read once per
 * row, not once per pair), sorted by member, then the interests the same way: the members only the interest
 * file names, each distinct interest, the distinct links grouped by member. Rows are plain ids and lists, the
 * import's timestamp one parameter (see {@link MergeSink}).
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

    /**
     * Each distinct pair once, sorted by the first member's rank, then the second's, and written as rows of a member's
     * node id and the node ids of its partners in one lock group ({@link #grouped}).
     */
    private void connections(EdgeData data, Object[] nodes, Integer[] byId, int[] rank) {
        LongArrayList pairs = data.distinctPairs();
        // Each pair keeps its direction (first seen).
        LongArrayList order = new LongArrayList(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            order.add(((long) rank[EdgeData.first(pairs.get(i))] << 32) | rank[EdgeData.second(pairs.get(i))]);
        }
        order.sortThis();
        try (Progress bar = progress.start("connections", pairs.size());
             MergeSink.Writer writer = sink.open("import-connection-groups", Map.of("since", data.now), data.connectionReport, bar)) {
            grouped(writer, order.size(), i -> nodes[byId[(int) (order.get(i) >>> 32)]], i -> nodes[byId[(int) order.get(i)]]);
        }
        // Every valid row was applied: a repeated pair (either direction) merges into the first one.
        data.connectionReport.imported(data.from.size() - pairs.size());
    }

    /**
     * Rows {@code [a, [b, …]]} from {@code n} pairs ordered by their first node: each first node with its second
     * nodes, split by the second node's lock group, so a row locks two groups as a pair row did (the statement locks
     * only {@code a} and reads its relationships once for the whole row).
     */
    private static void grouped(MergeSink.Writer writer, int n, IntFunction<Object> first, IntFunction<Object> second) {
        writer.weighted(row -> ((List<?>) ((List<?>) row).get(1)).size());
        int groups = writer.groups();
        List<List<Object>> byGroup = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            byGroup.add(null);
        }
        int i = 0;
        while (i < n) {
            Object a = first.apply(i);
            for (; i < n && first.apply(i).equals(a); i++) {
                Object b = second.apply(i);
                int g = writer.group(b);
                if (byGroup.get(g) == null) {
                    byGroup.set(g, new ArrayList<>());
                }
                byGroup.get(g).add(b);
            }
            for (int g = 0; g < groups; g++) {
                List<Object> partners = byGroup.get(g);
                if (partners != null) {
                    writer.add(a, partners.get(0), List.of(a, partners));
                    byGroup.set(g, null);
                }
            }
        }
    }

    /**
     * The interest file: the members only it names, then each distinct interest once (both counted apart from the
     * links), then the distinct links as rows of a member and its interests ({@link #grouped}).
     */
    private void interests(EdgeData data, String[] ids, NodeIds memberNodes) {
        // Members only the interest file names (the reader numbers a member only for a valid row).
        List<String> extra = Arrays.asList(ids).subList(data.edgeMembers, ids.length);
        ImportReport aside = new ImportReport("interest members and keys", data.interestReport.file());
        try (Progress bar = progress.start("members (interest file)", extra.size());
             MergeSink.Writer writer = sink.open("import-member-ids", created(data), aside, bar, memberNodes)) {
            extra.forEach(writer::add);
        }
        Object[] members = memberNodes.of(ids, 0, ids.length);
        String[] keys = data.interestKeys.toArray(String[]::new);
        NodeIds interestNodes = new NodeIds(keys.length);
        try (Progress bar = progress.start("interests (distinct)", keys.length);
             MergeSink.Writer writer = sink.open("import-interest-keys", Map.of(), aside, bar, interestNodes)) {
            for (int k = 0; k < keys.length; k++) {
                writer.add(List.of(keys[k], data.interestNames.get(k)));
            }
        }
        Object[] interests = interestNodes.of(keys, 0, keys.length);
        // The distinct links, by member, then interest (a link the file repeats is applied once, as MERGE would).
        int rows = data.interestMember.size();
        long[] links = new long[rows];
        for (int i = 0; i < rows; i++) {
            links[i] = ((long) data.interestMember.get(i) << 32) | data.interest.get(i);
        }
        Arrays.sort(links);
        int distinct = 0;
        for (int i = 0; i < rows; i++) {
            if (i == 0 || links[i] != links[i - 1]) {
                links[distinct++] = links[i];
            }
        }
        int n = distinct;
        try (Progress bar = progress.start("interests", n);
             MergeSink.Writer writer = sink.open("import-interest-groups", Map.of(), data.interestReport, bar)) {
            grouped(writer, n, i -> members[(int) (links[i] >>> 32)], i -> interests[(int) links[i]]);
        }
        data.interestReport.imported(rows - n);
    }
}
