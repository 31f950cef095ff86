package app.rapport.tools.simulation;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import app.rapport.note.NoteKind;

/**
 * The learning loop's outcome model: a ground truth the service never sees. A seeded share of the graph's
 * connections is hidden before the graph is loaded (the pairs "truly likely to connect"); a recipient accepts
 * with
 * <pre>
 * P(accept) = 1 / (1 + e^-z),  z = −2.4 + 3.0·[a hidden pair] + 0.5·ln(1 + mutual connections)
 *                                   + 0.25·min(shared interests, 4) + note boost + 0.8·ε(pair)
 * </pre>
 * ε(pair) a standard normal drawn once per pair from the seed (the same pair always gets the same ε, in either
 * arm): so, before the noise, a hidden pair with two mutual connections and no note accepts three times in four,
 * another pair with the same evidence one time in seven, and what the service can observe (mutual connections, interests) only
 * partly predicts who accepts. The formula does not see the hidden pairs; a learned ranker can only get closer by
 * learning, from the graph and from the outcomes, what such pairs look like.
 */
final class HiddenTruth implements AcceptanceModel {

    static final double BASE = -2.4;
    static final double TRUE_PAIR = 3.0;
    static final double MUTUALS = 0.5;
    static final double INTERESTS = 0.25;
    static final double NOISE = 0.8;

    private final Set<String> pairs;
    private final long seed;
    private final AtomicLong invitations = new AtomicLong();
    private final AtomicLong toTruePairs = new AtomicLong();

    /** @param pairs the hidden pairs, each as {@link #key(String, String)} */
    HiddenTruth(Set<String> pairs, long seed) {
        this.pairs = Set.copyOf(pairs);
        this.seed = seed;
    }

    static HiddenTruth of(Iterable<String[]> hidden, long seed) {
        Set<String> keys = new HashSet<>();
        hidden.forEach(p -> keys.add(key(p[0], p[1])));
        return new HiddenTruth(keys, seed);
    }

    /** One key per unordered pair. */
    static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + '\u0000' + b : b + '\u0000' + a;
    }

    boolean truePair(String a, String b) {
        return pairs.contains(key(a, b));
    }

    int size() {
        return pairs.size();
    }

    @Override
    public double probability(String from, String to, int mutuals, int sharedInterests, NoteKind note, String tone) {
        boolean real = truePair(from, to);
        invitations.incrementAndGet();
        if (real) {
            toTruePairs.incrementAndGet();
        }
        double z = BASE + (real ? TRUE_PAIR : 0) + MUTUALS * Math.log1p(mutuals) + INTERESTS * Math.min(sharedInterests, 4)
                + SimulationPlan.noteBoost(note) + SimulationPlan.toneBoost(tone) + NOISE * noise(from, to);
        return 1 / (1 + Math.exp(-z));
    }

    /** The pair's own standard normal, from the seed and the two ids (order does not matter). */
    double noise(String a, String b) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (byte x : key(a, b).getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ x) * 0x100000001B3L;
        }
        return new SplittableRandom(h).nextGaussian();
    }

    /** Invitations decided so far, and how many of them went to a hidden pair. */
    long[] invitations() {
        return new long[] {invitations.get(), toTruePairs.get()};
    }
}
