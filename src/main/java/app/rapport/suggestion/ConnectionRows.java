package app.rapport.suggestion;

import java.util.Arrays;

/**
 * Copy-on-write edits of one member's adjacency row and its parallel date row ({@link MemberGraph#since}):
 * a new array is built and swapped in, so readers never lock and never see a half-written row.
 */
final class ConnectionRows {

    private ConnectionRows() {
    }

    /** Copy-on-write: the date row first, then the adjacency row (readers compare their lengths). */
    static void connect(MemberGraph g, int x, int y, int day) {
        int[] row = g.adjacency[x];
        int at = Arrays.binarySearch(row, y);
        if (at >= 0) {
            return;
        }
        int insert = -at - 1;
        g.since[x] = inserted(g.since[x].length == row.length ? g.since[x] : unknownDays(row.length), insert, day);
        g.adjacency[x] = inserted(row, insert, y);
        g.logDegree[x] = Log1p.of(row.length + 1);
    }

    static void disconnect(MemberGraph g, int x, int y) {
        int[] row = g.adjacency[x];
        int at = Arrays.binarySearch(row, y);
        if (at < 0) {
            return;
        }
        g.since[x] = removed(g.since[x].length == row.length ? g.since[x] : unknownDays(row.length), at);
        g.adjacency[x] = removed(row, at);
        g.logDegree[x] = Log1p.of(row.length - 1);
    }

    private static int[] unknownDays(int length) {
        int[] days = new int[length];
        Arrays.fill(days, MemberGraph.UNKNOWN_DAY);
        return days;
    }

    private static int[] inserted(int[] row, int insert, int v) {
        int[] copy = new int[row.length + 1];
        System.arraycopy(row, 0, copy, 0, insert);
        copy[insert] = v;
        System.arraycopy(row, insert, copy, insert + 1, row.length - insert);
        return copy;
    }

    private static int[] removed(int[] row, int at) {
        int[] copy = new int[row.length - 1];
        System.arraycopy(row, 0, copy, 0, at);
        System.arraycopy(row, at + 1, copy, at, row.length - at - 1);
        return copy;
    }
}
