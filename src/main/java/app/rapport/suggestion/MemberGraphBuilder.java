package app.rapport.suggestion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects members, connections, interests, organisations and places (in any order, ids as strings) and
 * builds a {@link MemberGraph}. Rows that name unknown members are ignored: the graph is read from a live
 * store, where a member may appear between two reads.
 */
public final class MemberGraphBuilder {

    private final List<String> ids = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final IntList edgeA = new IntList();
    private final IntList edgeB = new IntList();
    private final IntList edgeDay = new IntList();
    private final Items interests = new Items();
    private final Items organizations = new Items();
    private final Map<Integer, Boolean> schools = new HashMap<>();
    private final Items places = new Items();
    private final Map<Integer, Integer> placeOf = new HashMap<>();

    /** Adds a member (once; later calls only fill a missing name). */
    public MemberGraphBuilder member(String id, String name) {
        Integer i = index.get(id);
        if (i == null) {
            index.put(id, ids.size());
            ids.add(id);
            names.add(name);
        } else if (names.get(i) == null) {
            names.set(i, name);
        }
        return this;
    }

    /** A connection of unknown date. */
    public MemberGraphBuilder connection(String a, String b) {
        return connection(a, b, MemberGraph.UNKNOWN_DAY);
    }

    /** A connection made on {@code epochDay} (UTC). */
    public MemberGraphBuilder connection(String a, String b, int epochDay) {
        Integer x = index.get(a);
        Integer y = index.get(b);
        if (x != null && y != null && !x.equals(y)) {
            edgeA.add(x);
            edgeB.add(y);
            edgeDay.add(epochDay);
        }
        return this;
    }

    public MemberGraphBuilder interest(String member, String key, String name) {
        Integer m = index.get(member);
        if (m != null) {
            interests.link(m, interests.id(key, name));
        }
        return this;
    }

    MemberGraphBuilder organization(String member, String orgId, String name, boolean school) {
        Integer m = index.get(member);
        if (m != null) {
            int o = organizations.id(orgId, name);
            schools.put(o, school);
            organizations.link(m, o);
        }
        return this;
    }

    MemberGraphBuilder place(String member, String placeId, String name) {
        Integer m = index.get(member);
        if (m != null) {
            placeOf.putIfAbsent(m, places.id(placeId, name));
        }
        return this;
    }

    public MemberGraph build() {
        int n = ids.size();
        int[][] since = new int[n][];
        int[][] adjacency = connectionRows(n, since);
        boolean[] isSchool = new boolean[organizations.keys.size()];
        schools.forEach((o, s) -> isSchool[o] = s);
        int[] place = new int[n];
        Arrays.fill(place, -1);
        placeOf.forEach((m, p) -> place[m] = p);
        String[] nameArray = new String[n];
        for (int i = 0; i < n; i++) {
            String name = names.get(i);
            nameArray[i] = name == null || name.isBlank() ? ids.get(i) : name;
        }
        return new MemberGraph(ids.toArray(String[]::new), Map.copyOf(index), nameArray, adjacency, since,
                rows(n, interests.members, interests.items), interests.keys.toArray(String[]::new),
                interests.names.toArray(String[]::new), Map.copyOf(interests.index),
                rows(n, organizations.members, organizations.items), organizations.keys.toArray(String[]::new),
                organizations.names.toArray(String[]::new), isSchool, Map.copyOf(organizations.index),
                place, places.keys.toArray(String[]::new), places.names.toArray(String[]::new), Map.copyOf(places.index));
    }

    /**
     * Sorted, de-duplicated adjacency rows (both directions) and, into {@code since}, the parallel rows of
     * connection days. Each entry is packed as neighbour × 2³² + day, so one sort orders both.
     */
    private int[][] connectionRows(int n, int[][] since) {
        int[] counts = new int[n];
        for (int e = 0; e < edgeA.size; e++) {
            counts[edgeA.values[e]]++;
            counts[edgeB.values[e]]++;
        }
        long[][] packed = new long[n][];
        for (int i = 0; i < n; i++) {
            packed[i] = new long[counts[i]];
        }
        Arrays.fill(counts, 0);
        for (int e = 0; e < edgeA.size; e++) {
            int a = edgeA.values[e];
            int b = edgeB.values[e];
            long day = edgeDay.values[e] & 0xFFFF_FFFFL;
            packed[a][counts[a]++] = ((long) b << 32) | day;
            packed[b][counts[b]++] = ((long) a << 32) | day;
        }
        int[][] rows = new int[n][];
        for (int i = 0; i < n; i++) {
            long[] row = packed[i];
            packed[i] = null;
            Arrays.sort(row);
            int[] neighbours = new int[row.length];
            int[] days = new int[row.length];
            int w = 0;
            for (long entry : row) {
                int neighbour = (int) (entry >>> 32);
                if (w == 0 || neighbours[w - 1] != neighbour) {
                    neighbours[w] = neighbour;
                    days[w++] = (int) entry;
                }
            }
            rows[i] = w == row.length ? neighbours : Arrays.copyOf(neighbours, w);
            since[i] = w == row.length ? days : Arrays.copyOf(days, w);
        }
        return rows;
    }

    /** Sorted, de-duplicated rows from (member, item) pairs. */
    private static int[][] rows(int n, IntList from, IntList to) {
        int[] counts = new int[n];
        for (int e = 0; e < from.size; e++) {
            counts[from.values[e]]++;
        }
        int[][] rows = new int[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new int[counts[i]];
        }
        Arrays.fill(counts, 0);
        for (int e = 0; e < from.size; e++) {
            int a = from.values[e];
            rows[a][counts[a]++] = to.values[e];
        }
        for (int i = 0; i < n; i++) {
            rows[i] = sortedDistinct(rows[i]);
        }
        return rows;
    }

    static int[] sortedDistinct(int[] row) {
        Arrays.sort(row);
        int w = 0;
        for (int r = 0; r < row.length; r++) {
            if (w == 0 || row[r] != row[w - 1]) {
                row[w++] = row[r];
            }
        }
        return w == row.length ? row : Arrays.copyOf(row, w);
    }

    /** A vocabulary (interests, organisations, places) and member-to-item links. */
    private static final class Items {
        final List<String> keys = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();
        final IntList members = new IntList();
        final IntList items = new IntList();

        int id(String key, String name) {
            return index.computeIfAbsent(key, k -> {
                keys.add(k);
                names.add(name == null || name.isBlank() ? k : name);
                return keys.size() - 1;
            });
        }

        void link(int member, int item) {
            members.add(member);
            items.add(item);
        }
    }

    /** A growable int array: millions of edges without boxing. */
    static final class IntList {
        int[] values = new int[1024];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}
