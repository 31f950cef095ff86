package app.rapport.suggestion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import app.rapport.config.ChangeLog;
import app.rapport.config.Cypher;
import app.rapport.invitation.InvitationChanged;
import app.rapport.invitation.InvitationStatus;
import app.rapport.member.ProfileChangedElsewhere;
import app.rapport.member.ProfileWritten;
import app.rapport.network.ConnectionCreated;
import app.rapport.network.ConnectionRemoved;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The read side of the change feed ({@link ChangeLog}): every {@code rapport.suggestions.feed-interval} a serving
 * instance reads the changes committed after the last one it saw, in commit order, and applies those of other
 * instances to its in-memory copy (its own it applied before answering). When the feed no longer holds the next
 * number (pruned after {@code feed-retention}), the instance rebuilds its copy in full. Also prunes old changes.
 */
@Component
class ChangeFeed implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
    private static final int BATCH = 10_000;
    private static final int PRUNE_EVERY = 60;

    private final Neo4jClient neo4j;
    private final ChangeLog changes;
    private final MemberGraphStore graphs;
    private final FeedSettings settings;
    private final Environment environment;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Timer lag;
    private final ScheduledExecutorService poller;
    private volatile long last = -1;
    private long polls;

    ChangeFeed(Neo4jClient neo4j, ChangeLog changes, MemberGraphStore graphs, FeedSettings settings, Environment environment,
            Clock clock, MeterRegistry meters, ApplicationEventPublisher events) {
        this.neo4j = neo4j;
        this.events = events;
        this.changes = changes;
        this.graphs = graphs;
        this.settings = settings;
        this.environment = environment;
        this.clock = clock;
        this.lag = Timer.builder("rapport.suggestions.feed.lag").description("From another instance's commit to its change applied here")
                .publishPercentileHistogram().register(meters);
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "suggestion-change-feed");
            t.setDaemon(true);
            return t;
        });
    }

    /** Serving instances only; starts from the number handed out before their first graph is built. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)   // before the warm-up build starts reading (MemberGraphStore)
    void start() {
        if (environment.getProperty("rapport.command") != null) {
            return;
        }
        last = lastNumber();
        long period = Math.max(10, settings.feedInterval().toMillis());
        poller.scheduleWithFixedDelay(this::pollQuietly, period, period, TimeUnit.MILLISECONDS);
    }

    /** The last number handed out; changes up to it are in any graph built from now on. */
    long lastNumber() {
        return neo4j.query(Cypher.query("change-last")).fetchAs(Long.class).mappedBy((t, r) -> r.get("seq").asLong()).one().orElse(0L);
    }

    private void pollQuietly() {
        try {
            poll();
            if (++polls % PRUNE_EVERY == 0) {
                neo4j.query(Cypher.query("change-prune")).bind(clock.instant().minus(settings.feedRetention()).atZone(java.time.ZoneOffset.UTC))
                        .to("before").run();
            }
        } catch (RuntimeException e) {
            log.warn("Change feed poll failed: {}", e.toString());
        }
    }

    /** Reads and applies everything after {@link #last}; returns how many changes of other instances it applied. */
    synchronized int poll() {
        int applied = 0;
        while (true) {
            List<Record> batch = List.copyOf(neo4j.query(Cypher.query("change-feed")).bindAll(Map.of("after", last, "limit", BATCH))
                    .fetchAs(Record.class).mappedBy((t, r) -> r).all());
            if (batch.isEmpty()) {
                if (lastNumber() < last) {
                    rebuild("the counter went back (a store emptied or restored)");
                }
                return applied;
            }
            if (batch.get(0).get("seq").asLong() > last + 1) {
                rebuild("the changes after " + last + " are gone (retention)");
                return applied;
            }
            for (Record r : batch) {
                boolean elsewhere = !changes.origin().equals(r.get("origin").asString(null));
                if (elsewhere && "import".equals(r.get("kind").asString(null))) {
                    rebuild("a bulk import elsewhere (change " + r.get("seq").asLong() + ")");
                    return applied + 1;
                }
                if (elsewhere) {
                    Object change = change(r);
                    if (change != null) {
                        graphs.apply(change);
                    }
                    if (change instanceof ProfileWritten p) {
                        events.publishEvent(new ProfileChangedElsewhere(p.id()));
                    }
                    Instant at = r.get("at").asZonedDateTime().toInstant();
                    lag.record(Duration.between(at, clock.instant()).abs());
                    applied++;
                }
                last = r.get("seq").asLong();
            }
        }
    }

    /** Only a full rebuild brings in what the feed can no longer say; it covers everything up to the number read first. */
    private void rebuild(String why) {
        long upTo = lastNumber();
        log.info("Change feed: {}; rebuilding the suggestion graph", why);
        graphs.reload();
        last = upTo;
    }

    /** The change as the event this instance would have published had it made it. */
    static Object change(Record r) {
        String a = r.get("a").asString(null);
        String b = r.get("b").asString(null);
        Instant at = r.get("at").asZonedDateTime().toInstant();
        return switch (r.get("kind").asString()) {
            case "connection-created" -> new ConnectionCreated(a, b, at);
            case "connection-removed" -> new ConnectionRemoved(a, b, at);
            case "invitation" -> new InvitationChanged(a, b, InvitationStatus.valueOf(r.get("status").asString()), at);
            case "dismissed" -> new GraphChanges.Dismissed(a, b);
            case "profile" -> new ProfileWritten(a, r.get("name").asString(""), strings(r.get("interests")),
                    strings(r.get("organizations")), r.get("place").asString(null));
            default -> null;   // a kind a newer instance writes: its full rebuild will bring it in
        };
    }

    private static List<String> strings(Value v) {
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
    }
}
