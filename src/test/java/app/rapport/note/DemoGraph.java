package app.rapport.note;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * The loaded graph read into memory with plain queries of its own (not the drafting query), so a test can
 * check drafts against what the pair really shares, and pick a seeded sample of connected pairs,
 * friends of friends and strangers.
 */
final class DemoGraph {

    final List<String> ids = new ArrayList<>();
    final Map<String, String> firstNames = new HashMap<>();
    final Map<String, String> fullNames = new HashMap<>();
    final Map<String, Set<String>> neighbours = new HashMap<>();
    final Map<String, Set<String>> interests = new HashMap<>();
    final Map<String, Set<String>> places = new HashMap<>();

    DemoGraph(Driver driver) {
        try (var session = driver.session()) {
            session.run("MATCH (m:Member) RETURN m.id AS id, m.firstName AS first, m.lastName AS last ORDER BY id").list()
                    .forEach(r -> {
                        String id = r.get("id").asString();
                        ids.add(id);
                        firstNames.put(id, r.get("first").asString(null));
                        fullNames.put(id, (r.get("first").asString("") + " " + r.get("last").asString("")).strip());
                    });
            session.run("MATCH (a:Member)-[:CONNECTED_TO]->(b:Member) RETURN a.id AS a, b.id AS b").list().forEach(r -> {
                add(neighbours, r.get("a").asString(), r.get("b").asString());
                add(neighbours, r.get("b").asString(), r.get("a").asString());
            });
            collect(session.run("MATCH (m:Member)-[:INTERESTED_IN]->(i) RETURN m.id AS m, i.name AS v").list(), interests);
            collect(session.run("MATCH (m:Member)-[:WORKS_AT|STUDIED_AT|LIVES_IN]->(o) RETURN m.id AS m, o.name AS v").list(), places);
        }
    }

    /** Per sender: connected pairs, friends of friends and strangers, {@code each} of every kind. */
    List<String[]> samplePairs(long seed, int senders, int each) {
        Random random = new Random(seed);
        List<String[]> pairs = new ArrayList<>();
        List<String> connected = new ArrayList<>(ids.stream().filter(id -> !neighbours(id).isEmpty()).toList());
        java.util.Collections.shuffle(connected, random);
        for (String from : connected.subList(0, Math.min(senders, connected.size()))) {
            List<String> direct = new ArrayList<>(neighbours(from));
            Set<String> fofSet = new HashSet<>();
            direct.forEach(n -> fofSet.addAll(neighbours(n)));
            fofSet.removeAll(direct);
            fofSet.remove(from);
            List<String> fof = fofSet.stream().sorted().toList();
            direct.sort(null);
            Set<String> chosen = new HashSet<>();
            for (int i = 0; i < each; i++) {
                pick(direct, random, from, chosen, pairs);
                pick(fof, random, from, chosen, pairs);
                pick(ids, random, from, chosen, pairs);
            }
        }
        return pairs;
    }

    Set<String> neighbours(String id) {
        return neighbours.getOrDefault(id, Set.of());
    }

    Set<String> shared(Map<String, Set<String>> byMember, String a, String b) {
        Set<String> both = new HashSet<>(byMember.getOrDefault(a, Set.of()));
        both.retainAll(byMember.getOrDefault(b, Set.of()));
        return both;
    }

    private static void pick(List<String> from, Random random, String sender, Set<String> chosen, List<String[]> pairs) {
        if (from.isEmpty()) {
            return;
        }
        String to = from.get(random.nextInt(from.size()));
        if (!to.equals(sender) && chosen.add(to)) {
            pairs.add(new String[] {sender, to});
        }
    }

    private static void collect(List<Record> rows, Map<String, Set<String>> into) {
        rows.forEach(r -> add(into, r.get("m").asString(), r.get("v").asString()));
    }

    private static void add(Map<String, Set<String>> map, String key, String value) {
        map.computeIfAbsent(key, k -> new HashSet<>()).add(value);
    }
}
