package app.rapport.analytics;

import java.util.Arrays;

/**
 * An undirected simple graph as compressed adjacency arrays: vertex {@code v}'s neighbours are
 * {@code neighbours[offsets[v] .. offsets[v + 1])}, sorted, each once, no self-loops. About 8 bytes per connection
 * (both directions as ints) where a JGraphT {@code SimpleGraph} took several hundred: the network report of a
 * 5M-connection graph ran out of a 6 GB heap with JGraphT and fits in a few hundred MB this way.
 */
final class CompactGraph {

    private final int[] offsets;
    private final int[] neighbours;

    private CompactGraph(int[] offsets, int[] neighbours) {
        this.offsets = offsets;
        this.neighbours = neighbours;
    }

    /**
     * @param vertices how many vertices (0..vertices-1)
     * @param from     one end of each connection; a pair may come twice (both directions) or as a self-loop:
     *                 duplicates and self-loops are dropped
     * @param to       the other end
     * @param count    how many entries of {@code from}/{@code to} are used
     */
    static CompactGraph of(int vertices, int[] from, int[] to, int count) {
        int[] start = new int[vertices + 1];
        for (int i = 0; i < count; i++) {
            if (from[i] != to[i]) {
                start[from[i] + 1]++;
                start[to[i] + 1]++;
            }
        }
        for (int v = 0; v < vertices; v++) {
            start[v + 1] += start[v];
        }
        int[] all = new int[start[vertices]];
        int[] fill = Arrays.copyOf(start, vertices);
        for (int i = 0; i < count; i++) {
            if (from[i] != to[i]) {
                all[fill[from[i]]++] = to[i];
                all[fill[to[i]]++] = from[i];
            }
        }
        // Sort each vertex's list and drop repeats, compacting in place.
        int[] offsets = new int[vertices + 1];
        int write = 0;
        for (int v = 0; v < vertices; v++) {
            Arrays.sort(all, start[v], start[v + 1]);
            offsets[v] = write;
            for (int i = start[v]; i < start[v + 1]; i++) {
                if (i == start[v] || all[i] != all[i - 1]) {
                    all[write++] = all[i];
                }
            }
        }
        offsets[vertices] = write;
        return new CompactGraph(offsets, write == all.length ? all : Arrays.copyOf(all, write));
    }

    int vertices() {
        return offsets.length - 1;
    }

    /** Connections, each counted once. */
    long connections() {
        return neighbours.length / 2;
    }

    int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    int firstNeighbour(int v) {
        return offsets[v];
    }

    int neighbourAt(int i) {
        return neighbours[i];
    }

    /** Every connection once (smaller vertex first), as two parallel arrays. */
    int[][] edges() {
        int m = (int) connections();
        int[][] edges = new int[2][m];
        int i = 0;
        for (int v = 0; v < vertices(); v++) {
            for (int j = offsets[v]; j < offsets[v + 1]; j++) {
                if (neighbours[j] > v) {
                    edges[0][i] = v;
                    edges[1][i] = neighbours[j];
                    i++;
                }
            }
        }
        return edges;
    }
}
