package app.rapport.suggestion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import app.rapport.config.GraphStreams;
import app.rapport.invitation.InvitationChanged;
import app.rapport.member.ProfileChangedElsewhere;
import app.rapport.member.ProfileWritten;
import app.rapport.network.ConnectionCreated;
import app.rapport.network.ConnectionRemoved;

/**
 * Holds the in-memory {@link MemberGraph} next to Neo4j, which stays the source of truth. Fresh in two
 * ways: this instance's committed changes (connections, invitations, dismissals, profiles) are applied at once,
 * on the request's thread before its answer ({@link GraphChanges}), and a full rebuild
 * runs in the background every {@code rapport.suggestions.resync-interval}, which also brings in what other
 * instances (or bulk imports) wrote. Requests keep reading the previous graph while a rebuild runs. Events
 * that arrive during a rebuild are replayed onto the new graph (they are idempotent), so none is lost.
 */
@Component
public class MemberGraphStore implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MemberGraphStore.class);

    private final MemberGraphLoader loader;
    private final ImpressionWriter impressions;
    private final SuggestionSettings settings;
    private final Environment environment;
    private final ApplicationEventPublisher events;
    private final ScheduledExecutorService resync;
    private final Object lock = new Object();
    /** Held for a whole build: builds never overlap, and callers that find no graph wait for the one running. */
    private final Object build = new Object();
    private volatile boolean building;
    private final AtomicLong builds = new AtomicLong();
    private final AtomicBoolean rebuildAsked = new AtomicBoolean();
    private volatile MemberGraph graph;
    private volatile Instant loadedAt;
    private volatile long loadMillis;
    private volatile String lastFailure;
    private List<Object> sinceRebuildStart;
    private volatile boolean replaying;

    MemberGraphStore(GraphStreams streams, ImpressionWriter impressions, SuggestionSettings settings, Environment environment,
            ApplicationEventPublisher events, ImpressionSettings impressionSettings, Clock clock) {
        this.loader = new MemberGraphLoader(streams, impressionSettings, clock);
        this.impressions = impressions;
        this.settings = settings;
        this.environment = environment;
        this.events = events;
        this.resync = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "suggestion-graph-resync");
            t.setDaemon(true);
            return t;
        });
    }

    /** The current graph; before the first one exists, waits for the build in progress or runs it. */
    public MemberGraph current() {
        MemberGraph g = graph;
        if (g != null) {
            return g;
        }
        synchronized (build) {
            g = graph;
            return g != null ? g : reload();
        }
    }

    /** The current graph if one is built, without waiting for the first build (for callers with another way). */
    public java.util.Optional<MemberGraph> loaded() {
        return java.util.Optional.ofNullable(graph);
    }

    /**
     * Rebuilds the graph from Neo4j now and swaps it in; returns it. One build at a time. Then tells the
     * application ({@link SuggestionGraphBuilt}), outside the build lock, and drops the profiles kept in memory
     * ({@link ProfileChangedElsewhere}): a full rebuild is what brings in writes no change record announced (bulk
     * imports), for profiles as for suggestions.
     */
    public MemberGraph reload() {
        MemberGraph fresh;
        synchronized (build) {
            building = true;
            builds.incrementAndGet();
            try {
                fresh = rebuild();
            } finally {
                building = false;
            }
        }
        events.publishEvent(new SuggestionGraphBuilt(fresh.size(), fresh.connections()));
        events.publishEvent(new ProfileChangedElsewhere(null));
        return fresh;
    }

    private MemberGraph rebuild() {
        synchronized (lock) {
            if (sinceRebuildStart == null) {
                sinceRebuildStart = new ArrayList<>();
            }
            replaying = true;
        }
        long start = System.nanoTime();
        MemberGraph fresh;
        try {
            // Views this instance counted but has not written yet would be missing from the loaded counts.
            impressions.flush();
            fresh = loader.load();
        } catch (RuntimeException e) {
            synchronized (lock) {
                sinceRebuildStart = null;
                replaying = false;
            }
            lastFailure = Instant.now() + " " + e;
            throw e;
        }
        synchronized (lock) {
            List<Object> replay = sinceRebuildStart;
            sinceRebuildStart = null;
            replaying = false;
            replay.forEach(event -> GraphChanges.apply(fresh, event));
            graph = fresh;
        }
        loadMillis = (System.nanoTime() - start) / 1_000_000;
        loadedAt = Instant.now();
        lastFailure = null;
        log.info("Suggestion graph loaded: {} members, {} connections in {} ms", fresh.size(), fresh.connections(),
                (System.nanoTime() - start) / 1_000_000);
        return fresh;
    }

    /** What the health endpoint shows: the graph in use, when it was built, the last rebuild failure. */
    Status status() {
        return new Status(graph, building, builds.get(), loadedAt, loadMillis, lastFailure, settings.resyncInterval());
    }

    record Status(MemberGraph graph, boolean building, long builds, Instant loadedAt, long loadMillis, String lastFailure,
            Duration resyncInterval) {
    }

    /** Serving instances warm the graph at start and resync it periodically; commands load it on demand. */
    @EventListener(ApplicationReadyEvent.class)
    void startResync() {
        if (environment.getProperty("rapport.command") != null) {
            return;
        }
        if (settings.warmOnStart() && graph == null) {
            building = true;   // not ready until the warm-up build below has run
        }
        long period = Math.max(1, settings.resyncInterval().toSeconds());
        resync.scheduleWithFixedDelay(this::resyncQuietly, settings.warmOnStart() ? 0 : period, period, TimeUnit.SECONDS);
    }

    private void resyncQuietly() {
        rebuildAsked.set(false);
        try {
            reload();
        } catch (RuntimeException e) {
            // The previous graph keeps serving; the next period tries again.
            log.warn("Suggestion graph resync failed: {}", e.toString());
        }
    }

    @EventListener
    void on(ConnectionCreated event) {
        record(event);
    }

    @EventListener
    void on(ConnectionRemoved event) {
        record(event);
    }

    @EventListener
    void on(InvitationChanged event) {
        record(event);
    }

    @EventListener
    void on(ProfileWritten event) {
        record(event);
    }

    /** A change another instance committed (from the change feed); same path as this instance's own. */
    void apply(Object change) {
        record(change);
    }

    /**
     * Views this instance served, counted on the graph that ranked them; while a rebuild runs they are also kept
     * for its replay (the rebuild wrote the views queued before it started, see {@link Impressions#record}).
     */
    void shown(MemberGraph g, List<GraphChanges.Shown> views) {
        views.forEach(v -> GraphChanges.apply(g, v));
        if (replaying || g != graph) {
            synchronized (lock) {
                if (sinceRebuildStart != null) {
                    sinceRebuildStart.addAll(views);
                } else if (graph != g && graph != null) {
                    // Ranked on the previous graph, answered after the swap: count them on the new one too.
                    views.forEach(v -> GraphChanges.apply(graph, v));
                }
            }
        }
    }

    /** A dismissal this instance committed. */
    void dismissed(String member, String other) {
        record(new GraphChanges.Dismissed(member, other));
    }

    /** Applies a committed change now (before the request that made it answers) and keeps it for a rebuild's replay. */
    private void record(Object event) {
        synchronized (lock) {
            if (sinceRebuildStart != null) {
                sinceRebuildStart.add(event);
            }
            MemberGraph g = graph;
            if (g != null && !GraphChanges.apply(g, event) && rebuildAsked.compareAndSet(false, true)) {
                // A member the graph has not seen yet: only a rebuild can add it (one queued at a time).
                resync.execute(this::resyncQuietly);
            }
            // A volatile write after the row swap publishes the new row to every reader.
            graph = g;
        }
    }

    @Override
    public void destroy() {
        resync.shutdownNow();
    }
}
