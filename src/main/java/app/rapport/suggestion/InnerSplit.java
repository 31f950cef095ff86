package app.rapport.suggestion;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;

/**
 * What a model learns from: the graph with a share of its connections hidden — the newest where the graph has
 * dates ({@link MemberGraph#dated}: who connects next is the question the service answers), else a seeded
 * random share — never a member's last connection (the rule of {@code evaluate}'s split). Connections in
 * {@code alsoHide} (accepted invitations learnt from as outcomes) are hidden too, so their features are computed
 * as they were before the two connected, not from the connection itself.
 *
 * @param graph  the graph without the hidden connections (same members and profiles)
 * @param hidden per member, the sorted members it has a hidden connection with (empty arrays for most)
 * @param newest whether the newest connections were hidden
 */
record InnerSplit(MemberGraph graph, int[][] hidden, boolean newest) {

    /** A pair of members as one key (smaller index first). */
    static long pair(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    /** @param byDate hide the newest connections when the graph has dates (else a seeded random share) */
    static InnerSplit of(MemberGraph g, double share, long seed, boolean byDate, Set<Long> alsoHide) {
        int n = g.size();
        long edges = g.connections();
        int[] a = new int[Math.toIntExact(edges)];
        int[] b = new int[a.length];
        int[] day = new int[a.length];
        int e = 0;
        for (int m = 0; m < n; m++) {
            int[] row = g.adjacency[m];
            int[] days = g.sinceRow(m, row);
            for (int i = 0; i < row.length && e < a.length; i++) {
                if (row[i] > m) {
                    a[e] = m;
                    b[e] = row[i];
                    day[e++] = days == null ? MemberGraph.UNKNOWN_DAY : days[i];
                }
            }
        }
        Integer[] order = new Integer[e];
        for (int i = 0; i < e; i++) {
            order[i] = i;
        }
        java.util.Collections.shuffle(Arrays.asList(order), new Random(seed));
        boolean newest = byDate && g.dated;
        if (newest) {
            // Stable sort: the seeded shuffle breaks ties between connections of one day.
            Arrays.sort(order, (x, y) -> Integer.compare(day[y], day[x]));
        }
        int[] degree = new int[n];
        for (int m = 0; m < n; m++) {
            degree[m] = g.adjacency[m].length;
        }
        boolean[] hide = new boolean[e];
        long target = Math.round(e * share);
        long taken = 0;
        for (int i : order) {
            if (alsoHide.contains(pair(a[i], b[i]))) {
                hide[i] = true;
                degree[a[i]]--;
                degree[b[i]]--;
            }
        }
        for (int i : order) {
            if (taken < target && !hide[i] && degree[a[i]] > 1 && degree[b[i]] > 1) {
                hide[i] = true;
                degree[a[i]]--;
                degree[b[i]]--;
                taken++;
            }
        }
        return build(g, a, b, hide, e, newest);
    }

    private static InnerSplit build(MemberGraph g, int[] a, int[] b, boolean[] hide, int e, boolean newest) {
        int n = g.size();
        int[] hiddenCount = new int[n];
        for (int i = 0; i < e; i++) {
            if (hide[i]) {
                hiddenCount[a[i]]++;
                hiddenCount[b[i]]++;
            }
        }
        int[][] hidden = new int[n][];
        int[][] adjacency = new int[n][];
        int[][] since = new int[n][];
        for (int m = 0; m < n; m++) {
            hidden[m] = new int[hiddenCount[m]];
            hiddenCount[m] = 0;
        }
        for (int i = 0; i < e; i++) {
            if (hide[i]) {
                hidden[a[i]][hiddenCount[a[i]]++] = b[i];
                hidden[b[i]][hiddenCount[b[i]]++] = a[i];
            }
        }
        for (int m = 0; m < n; m++) {
            Arrays.sort(hidden[m]);
            int[] row = g.adjacency[m];
            int[] days = g.sinceRow(m, row);
            int[] keptRow = new int[row.length - hidden[m].length];
            int[] keptDays = new int[keptRow.length];
            int w = 0;
            for (int i = 0; i < row.length && w < keptRow.length; i++) {
                if (Arrays.binarySearch(hidden[m], row[i]) < 0) {
                    keptRow[w] = row[i];
                    keptDays[w++] = days == null ? MemberGraph.UNKNOWN_DAY : days[i];
                }
            }
            adjacency[m] = w == keptRow.length ? keptRow : Arrays.copyOf(keptRow, w);
            since[m] = w == keptDays.length ? keptDays : Arrays.copyOf(keptDays, w);
        }
        return new InnerSplit(g.withConnections(adjacency, since), hidden, newest);
    }
}
