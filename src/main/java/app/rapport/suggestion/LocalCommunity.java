package app.rapport.suggestion;

/**
 * Cannistraci's resource allocation (CRA; Cannistraci, Alanis-Lobato and Ravasi 2013, the "local-community
 * paradigm") of the viewer u and a candidate c: Σ over their mutual connections f of γ(f) / deg f, where γ(f)
 * counts the other mutual connections f is connected to. Resource allocation counts every mutual connection;
 * CRA counts those that know each other, so a pair inside one close circle outweighs a pair that happens to
 * share a few acquaintances from different circles. Built per request on u's connections; at most
 * {@link #MAX_MUTUAL} mutual connections of a candidate are read (a fixed stride over the rest, the sum scaled by
 * the square of the stride's share, as pairs among them were read), so a hub costs what a small circle does.
 */
final class LocalCommunity {

    static final int MAX_MUTUAL = 32;

    private final MemberGraph g;
    private final int[] friends;
    private final int[] mutual;
    private final int[] sample = new int[MAX_MUTUAL];

    LocalCommunity(MemberGraph g, int[] friends) {
        this.g = g;
        this.friends = friends;
        this.mutual = new int[friends.length];
    }

    /**
     * CRA of the viewer and {@code c} on this graph (0 without two mutual connections that know each other); 0
     * without reading anything when stage 1 counted fewer than two mutual connections (most candidates of a sparse
     * graph).
     */
    double of(Candidates kept, int c) {
        if (kept.common(c) < 2) {
            return 0;
        }
        int n = mutuals(g.adjacency[c]);
        if (n < 2) {
            return 0;
        }
        int[] set = mutual;
        int size = n;
        if (n > MAX_MUTUAL) {
            // Sorted stays sorted: every (n / MAX)-th, deterministic.
            for (int k = 0; k < MAX_MUTUAL; k++) {
                sample[k] = mutual[(int) ((long) k * n / MAX_MUTUAL)];
            }
            set = sample;
            size = MAX_MUTUAL;
        }
        double sum = 0;
        for (int k = 0; k < size; k++) {
            int[] row = g.adjacency[set[k]];
            int gamma = SortedInts.common(row, row.length, set, size);
            if (gamma > 0) {
                sum += (double) gamma / row.length;
            }
        }
        double scale = (double) n / size;
        return sum * scale * scale;
    }

    /** Writes u's connections that are also in {@code row} (sorted) to {@link #mutual}; returns how many. */
    private int mutuals(int[] row) {
        int n = 0;
        if ((long) friends.length * 16 < row.length || (long) row.length * 16 < friends.length) {
            boolean searchRow = friends.length < row.length;
            int[] small = searchRow ? friends : row;
            int[] large = searchRow ? row : friends;
            for (int x : small) {
                if (java.util.Arrays.binarySearch(large, x) >= 0) {
                    mutual[n++] = x;
                }
            }
            return n;
        }
        for (int i = 0, j = 0; i < friends.length && j < row.length;) {
            if (friends[i] < row[j]) {
                i++;
            } else if (friends[i] > row[j]) {
                j++;
            } else {
                mutual[n++] = friends[i];
                i++;
                j++;
            }
        }
        return n;
    }
}
