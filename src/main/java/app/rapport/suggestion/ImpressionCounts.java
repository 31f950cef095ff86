package app.rapport.suggestion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import app.rapport.invitation.ReasonCode;

/**
 * Per (member, candidate): how often the candidate was shown to the member and the last showing (time, rank,
 * reasons) — for impression discounting and for the invitation sent from a suggestion. Part of a
 * {@link MemberGraph}: loaded from the aggregated records at each rebuild, then counted by this instance's
 * served lists before they are answered. Other instances' views arrive at the next rebuild.
 * <p>
 * Bounded by age and size: a rebuild (every {@code resync-interval}) loads only the views of the last
 * {@code impressions.memory-window}, so what a graph holds is that window plus the views served since; and at most
 * {@code impressions.memory-max-pairs} pairs are counted (a new pair beyond it is left to the stored records).
 */
final class ImpressionCounts implements ImpressionHistory {

    /** The last showing of a candidate to a member, and how many there were. */
    record Seen(int shown, Instant lastShown, int lastRank, List<ReasonCode> reasons) {
    }

    private final Map<String, Map<String, Seen>> byMember = new ConcurrentHashMap<>();
    /** Pairs counted (a new pair racing another may be counted twice: the bound is approximate by a few). */
    private final AtomicInteger pairs = new AtomicInteger();
    private volatile int maxPairs = Integer.MAX_VALUE;

    /** At most this many pairs from now on. */
    void limit(int max) {
        maxPairs = max;
    }

    int pairs() {
        return pairs.get();
    }

    /** A view served now: adds one (a pair not yet counted only while there is room). */
    void shown(String member, String candidate, Instant at, int rank, List<ReasonCode> reasons) {
        Map<String, Seen> mine = byMember.get(member);
        if (mine == null || !mine.containsKey(candidate)) {
            if (pairs.get() >= maxPairs) {
                return;
            }
            pairs.incrementAndGet();
        }
        byMember.computeIfAbsent(member, k -> new ConcurrentHashMap<>()).merge(candidate, new Seen(1, at, rank, reasons),
                (old, now) -> now.lastShown.isBefore(old.lastShown)
                        ? new Seen(old.shown + 1, old.lastShown, old.lastRank, old.reasons)
                        : new Seen(old.shown + 1, now.lastShown, now.lastRank, now.reasons));
    }

    /** A stored aggregate, at load time. */
    void loaded(String member, String candidate, int shown, Instant lastShown, int rank, List<ReasonCode> reasons) {
        if (pairs.get() >= maxPairs) {
            return;
        }
        pairs.incrementAndGet();
        byMember.computeIfAbsent(member, k -> new ConcurrentHashMap<>()).put(candidate, new Seen(shown, lastShown, rank, reasons));
    }

    Optional<Seen> seen(String member, String candidate) {
        Map<String, Seen> seen = byMember.get(member);
        return seen == null ? Optional.empty() : Optional.ofNullable(seen.get(candidate));
    }

    /** Times shown, 0 when never. */
    int timesShown(String member, String candidate) {
        return seen(member, candidate).map(Seen::shown).orElse(0);
    }

    @Override
    public Shown shownTo(String member) {
        Map<String, Seen> mine = byMember.get(member);
        if (mine == null) {
            return Shown.NONE;
        }
        return new Shown() {
            @Override
            public int times(String candidate) {
                Seen s = mine.get(candidate);
                return s == null ? 0 : s.shown();
            }

            @Override
            public Instant lastShown(String candidate) {
                Seen s = mine.get(candidate);
                return s == null ? null : s.lastShown();
            }
        };
    }

    @Override
    public void forEach(PairVisitor visitor) {
        byMember.forEach((member, mine) -> mine.forEach((candidate, s) -> visitor.visit(member, candidate, s.shown(),
                s.lastShown())));
    }
}
