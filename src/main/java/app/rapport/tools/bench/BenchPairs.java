package app.rapport.tools.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A seeded sample of pairs for the note benchmark: a third connected pairs, a third friends of friends,
 * a third any two members (mostly strangers), senders drawn from members with connections.
 */
final class BenchPairs {

    private BenchPairs() {
    }

    /** {@code count} distinct ordered pairs (fewer only if the graph is too small). */
    static List<String[]> sample(Map<String, List<String>> neighbours, int count, long seed) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>(neighbours.keySet());
        List<String> senders = ids.stream().filter(id -> !neighbours.get(id).isEmpty()).toList();
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> pairs = new ArrayList<>();
        int attempts = 0;
        while (pairs.size() < count && !senders.isEmpty() && attempts++ < count * 20) {
            String from = senders.get(random.nextInt(senders.size()));
            List<String> direct = neighbours.get(from);
            String to = switch (pairs.size() % 3) {
                case 0 -> direct.get(random.nextInt(direct.size()));
                case 1 -> friendOfFriend(neighbours, from, random);
                default -> ids.get(random.nextInt(ids.size()));
            };
            if (to != null && !to.equals(from) && seen.add(from + "\n" + to)) {
                pairs.add(new String[] {from, to});
            }
        }
        return pairs;
    }

    private static String friendOfFriend(Map<String, List<String>> neighbours, String from, Random random) {
        List<String> direct = neighbours.get(from);
        Set<String> excluded = new HashSet<>(direct);
        excluded.add(from);
        for (int tries = 0; tries < 10; tries++) {
            List<String> second = neighbours.get(direct.get(random.nextInt(direct.size())));
            String candidate = second.get(random.nextInt(second.size()));
            if (!excluded.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
