package app.rapport.suggestion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.rapport.config.GraphStreams;

/**
 * The interim {@link ImpressionHistory} (until issue 12's aggregated impressions): after every build of the
 * in-memory graph, the {@code SuggestionImpression} nodes counted per (member, candidate) in one streaming read
 * ({@code suggestion-impression-counts.cypher}); between builds, this instance's served lists are added as they
 * go out. Other instances' impressions arrive with the next build.
 */
@Component
class ImpressionCounts implements ImpressionHistory {

    /** Per member: candidate → counter. */
    private volatile Map<String, Map<String, Counter>> counts = new ConcurrentHashMap<>();
    private final GraphStreams streams;

    ImpressionCounts(GraphStreams streams) {
        this.streams = streams;
    }

    private static final class Counter {
        volatile int times;
        volatile Instant last;

        synchronized void add(int n, Instant at) {
            times += n;
            if (at != null && (last == null || at.isAfter(last))) {
                last = at;
            }
        }
    }

    @EventListener
    void on(SuggestionGraphBuilt built) {
        Map<String, Map<String, Counter>> fresh = new ConcurrentHashMap<>();
        streams.read("suggestion-impression-counts", r -> fresh
                .computeIfAbsent(r.get("member").asString(), m -> new ConcurrentHashMap<>())
                .computeIfAbsent(r.get("candidate").asString(), c -> new Counter())
                .add(r.get("times").asInt(), r.get("last").isNull() ? null : r.get("last").asZonedDateTime().toInstant()));
        counts = fresh;
    }

    @Override
    public Shown shownTo(String member) {
        Map<String, Counter> mine = counts.get(member);
        if (mine == null) {
            return Shown.NONE;
        }
        return new Shown() {
            @Override
            public int times(String candidate) {
                Counter c = mine.get(candidate);
                return c == null ? 0 : c.times;
            }

            @Override
            public Instant lastShown(String candidate) {
                Counter c = mine.get(candidate);
                return c == null ? null : c.last;
            }
        };
    }

    @Override
    public void served(String member, List<String> candidates, Instant at) {
        Map<String, Counter> mine = counts.computeIfAbsent(member, m -> new ConcurrentHashMap<>());
        for (String c : candidates) {
            mine.computeIfAbsent(c, x -> new Counter()).add(1, at);
        }
    }

    @Override
    public void forEach(PairVisitor visitor) {
        counts.forEach((member, mine) -> mine.forEach((candidate, c) -> visitor.visit(member, candidate, c.times, c.last)));
    }
}
