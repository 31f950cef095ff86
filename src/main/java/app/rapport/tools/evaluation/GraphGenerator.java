package app.rapport.tools.evaluation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * A seeded power-law social graph with interests, so scale can be measured without downloads.
 * Connections follow the Holme-Kim model (preferential attachment plus triadic closure): each new member
 * links to about {@code connections / members} others, the first chosen in proportion to degree, each
 * further one with probability {@code closure} a neighbour of the first (so friends of friends connect,
 * as in real networks), else again by degree. Interests come from a Zipf-distributed vocabulary; half of
 * a member's interests are copied from a neighbour (homophily), so interests carry signal.
 */
record GraphGenerator(int members, long connections, int interestsPerMember, int topics, double closure, long seed) {

    /** Writes {@code edges.csv} and {@code interests.tsv} into {@code dir}; returns the edges written. */
    long write(Path dir) {
        try {
            Files.createDirectories(dir);
            // One generator for the whole file pair, drawn in a fixed order: the same seed writes the same graph.
            Random random = new Random(seed);
            int[][] adjacency = new int[members][];
            int[] degree = new int[members];
            long written;
            try (BufferedWriter edges = Files.newBufferedWriter(dir.resolve("edges.csv"), StandardCharsets.UTF_8)) {
                edges.write("source,target\n");
                written = connect(adjacency, degree, edges, random);
            }
            try (BufferedWriter interests = Files.newBufferedWriter(dir.resolve("interests.tsv"), StandardCharsets.UTF_8)) {
                assignInterests(adjacency, degree, interests, random);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long connect(int[][] adjacency, int[] degree, BufferedWriter out, Random random) throws IOException {
        double perMember = (double) connections / members;
        int[] ends = new int[(int) Math.min(Integer.MAX_VALUE - 8, 2 * connections + 2 * members)];
        int endCount = 0;
        long written = 0;
        for (int m = 0; m < members; m++) {
            adjacency[m] = new int[4];
            int want = (int) Math.min(m, Math.floor(perMember) + (random.nextDouble() < perMember % 1 ? 1 : 0));
            int first = -1;
            for (int tries = 0; degree[m] < want && tries < want * 4; tries++) {
                int target;
                if (first >= 0 && degree[first] > 0 && random.nextDouble() < closure) {
                    target = adjacency[first][random.nextInt(degree[first])];
                } else if (endCount == 0 || random.nextDouble() < 0.1) {
                    target = random.nextInt(m);
                } else {
                    target = ends[random.nextInt(endCount)];
                }
                if (target == m || contains(adjacency[m], degree[m], target)) {
                    continue;
                }
                first = first < 0 ? target : first;
                link(adjacency, degree, m, target);
                link(adjacency, degree, target, m);
                if (endCount + 2 <= ends.length) {
                    ends[endCount++] = m;
                    ends[endCount++] = target;
                }
                out.write(id(m));
                out.write(',');
                out.write(id(target));
                out.write('\n');
                written++;
            }
        }
        return written;
    }

    private void assignInterests(int[][] adjacency, int[] degree, BufferedWriter out, Random random) throws IOException {
        double[] cumulative = new double[topics];
        double sum = 0;
        for (int t = 0; t < topics; t++) {
            sum += 1.0 / (t + 1);
            cumulative[t] = sum;
        }
        int[][] chosen = new int[members][];
        for (int m = 0; m < members; m++) {
            int count = 1 + random.nextInt(2 * interestsPerMember);
            int[] mine = new int[count];
            int n = 0;
            for (int tries = 0; n < count && tries < count * 4; tries++) {
                int topic;
                int neighbour = degree[m] == 0 ? -1 : adjacency[m][random.nextInt(degree[m])];
                if (neighbour >= 0 && chosen[neighbour] != null && chosen[neighbour].length > 0 && random.nextBoolean()) {
                    topic = chosen[neighbour][random.nextInt(chosen[neighbour].length)];
                } else {
                    int at = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                    topic = Math.min(topics - 1, at >= 0 ? at : -at - 1);
                }
                if (!contains(mine, n, topic)) {
                    mine[n++] = topic;
                    out.write(id(m));
                    out.write("\ttopic ");
                    out.write(Integer.toString(topic));
                    out.write('\n');
                }
            }
            chosen[m] = Arrays.copyOf(mine, n);
        }
    }

    private static void link(int[][] adjacency, int[] degree, int a, int b) {
        if (degree[a] == adjacency[a].length) {
            adjacency[a] = Arrays.copyOf(adjacency[a], adjacency[a].length * 2);
        }
        adjacency[a][degree[a]++] = b;
    }

    private static boolean contains(int[] values, int count, int v) {
        for (int i = 0; i < count; i++) {
            if (values[i] == v) {
                return true;
            }
        }
        return false;
    }

    static String id(int member) {
        return "g" + member;
    }
}
