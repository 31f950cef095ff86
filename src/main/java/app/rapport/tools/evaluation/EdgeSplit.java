package app.rapport.tools.evaluation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

import app.rapport.importer.EdgeListImporter;
import app.rapport.member.MemberIds;

/**
 * Reads an edge list (the import format: comma, tab or spaces; {@code #} comments; one header line) as
 * undirected, de-duplicated pairs, and hides a seeded share of them for evaluation while every member
 * keeps at least one connection (a member with none left would be a pure cold-start case, which the
 * topology baselines cannot answer at all and which would flatter the comparison either way).
 */
final class EdgeSplit {

    private static final Pattern SEPARATORS = Pattern.compile("[,\\t ]+");

    /** One connection, ends in id order; {@code line} keeps the source text (LDBC rows carry a date). */
    record Edge(String a, String b, String line) {
        static Edge of(String x, String y, String line) {
            return x.compareTo(y) <= 0 ? new Edge(x, y, line) : new Edge(y, x, line);
        }
    }

    /** Connections kept for training and hidden for testing. */
    record Split(List<Edge> train, List<Edge> test) {
    }

    private EdgeSplit() {
    }

    static List<Edge> read(Path file, Pattern separators, boolean header) {
        Map<String, Edge> edges = new LinkedHashMap<>();
        boolean first = true;
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = separators.split(line);
                boolean isHeader = first && (header || EdgeListImporter.isHeader(f));
                first = false;
                if (isHeader || f.length < 2 || !MemberIds.isValid(f[0]) || !MemberIds.isValid(f[1]) || f[0].equals(f[1])) {
                    continue;
                }
                Edge e = Edge.of(f[0], f[1], raw);
                edges.putIfAbsent(e.a() + '\n' + e.b(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(edges.values());
    }

    /** An edge file in the import format. */
    static List<Edge> read(Path file) {
        return read(file, SEPARATORS, false);
    }

    /** Hides about {@code fraction} of the edges (seeded), never a member's last one. */
    static Split holdout(List<Edge> edges, double fraction, long seed) {
        List<Edge> shuffled = new ArrayList<>(edges);
        Collections.shuffle(shuffled, new Random(seed));
        return take(edges, shuffled, fraction);
    }

    /**
     * Hides about {@code fraction} of the edges, the newest by {@code date} first (the seed only breaks ties
     * between equal dates), never a member's last one: "who connects next", the question the service answers.
     */
    static Split newest(List<Edge> edges, double fraction, long seed, ToLongFunction<Edge> date) {
        List<Edge> shuffled = new ArrayList<>(edges);
        Collections.shuffle(shuffled, new Random(seed));
        shuffled.sort(Comparator.comparingLong(date).reversed());
        return take(edges, shuffled, fraction);
    }

    /** Takes edges in {@code order} until about {@code fraction} are hidden, skipping a member's last one. */
    private static Split take(List<Edge> edges, List<Edge> order, double fraction) {
        Map<String, Integer> degree = new HashMap<>();
        for (Edge e : edges) {
            degree.merge(e.a(), 1, Integer::sum);
            degree.merge(e.b(), 1, Integer::sum);
        }
        List<Edge> shuffled = order;
        long target = Math.round(edges.size() * fraction);
        List<Edge> train = new ArrayList<>(edges.size());
        List<Edge> test = new ArrayList<>((int) target);
        for (Edge e : shuffled) {
            if (test.size() < target && degree.get(e.a()) > 1 && degree.get(e.b()) > 1) {
                degree.merge(e.a(), -1, Integer::sum);
                degree.merge(e.b(), -1, Integer::sum);
                test.add(e);
            } else {
                train.add(e);
            }
        }
        return new Split(train, test);
    }

    static void write(List<Edge> edges, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Edge e : edges) {
                out.write(e.a());
                out.write(',');
                out.write(e.b());
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
