package app.rapport.experiment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Experiments: defined by an operator, kept in Neo4j and in memory (read at first use; the suggestion path and note drafts
 * then ask for a member's arm without a database read), refreshed every {@code rapport.experiments.refresh-interval}.
 * At most one experiment of each kind runs at a time (overlapping windows are refused), so a member has at
 * most one ranker arm and one tone arm at any moment.
 */
@Service
public class Experiments implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Experiments.class);
    private static final double SHARE_TOLERANCE = 1e-6;

    private final ExperimentStore store;
    private final Clock clock;
    private final ScheduledExecutorService refresher;
    /** Null until first asked for: read then, on the asking thread, never during the context's start. */
    private volatile List<Experiment> all;

    Experiments(ExperimentStore store, Clock clock, ExperimentSettings settings) {
        this.store = store;
        this.clock = clock;
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "experiment-refresh");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, settings.refreshInterval().toMillis());
        refresher.scheduleWithFixedDelay(this::refreshQuietly, period, period, TimeUnit.MILLISECONDS);
    }

    /** The member's arm in the experiment of this kind running now, if any. No database read. */
    public Optional<Assignment> arm(ExperimentKind kind, String memberId) {
        return running(kind).map(e -> e.assign(memberId));
    }

    /** The experiment of this kind running now, if any. */
    public Optional<Experiment> running(ExperimentKind kind) {
        Instant now = clock.instant();
        return loaded().stream().filter(e -> e.kind() == kind && e.runningAt(now)).findFirst();
    }

    /** The arms of every experiment running now for this member, as {@code experiment=arm} labels. */
    public List<Assignment> arms(String memberId) {
        Instant now = clock.instant();
        return loaded().stream().filter(e -> e.runningAt(now)).map(e -> e.assign(memberId)).toList();
    }

    /** Every experiment, oldest start first. */
    public List<Experiment> all() {
        return loaded();
    }

    private List<Experiment> loaded() {
        List<Experiment> known = all;
        if (known == null) {
            synchronized (this) {
                if (all == null) {
                    all = store.all();
                }
                known = all;
            }
        }
        return known;
    }

    public Optional<Experiment> named(String name) {
        return loaded().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * Validates and stores a new experiment; it serves on this instance at once, on others within the refresh
     * interval. Nothing is stored when a rule refuses it.
     *
     * @throws ExperimentException 400 for a bad definition, 409 for a taken name or an overlapping experiment of the same kind
     */
    public Experiment define(ExperimentRequest request) {
        Experiment e = validated(request, clock.instant());
        refresh();
        if (named(e.name()).isPresent()) {
            throw ExperimentException.conflict("name", "an experiment named '" + e.name() + "' exists");
        }
        for (Experiment other : loaded()) {
            if (other.kind() == e.kind() && other.start().isBefore(e.end()) && e.start().isBefore(other.end())) {
                throw ExperimentException.conflict("start", "overlaps experiment '" + other.name() + "' of the same kind ("
                        + other.start() + " to " + other.end() + ")");
            }
        }
        try {
            store.create(e);
        } catch (DataIntegrityViolationException race) {
            throw ExperimentException.conflict("name", "an experiment named '" + e.name() + "' exists");
        }
        refresh();
        log.info("Experiment '{}' ({}) defined: arms {}, {} to {}", e.name(), e.kind(), e.arms(), e.start(), e.end());
        return e;
    }

    static Experiment validated(ExperimentRequest r, Instant now) {
        if (!r.end().isAfter(r.start())) {
            throw ExperimentException.invalid("end", "must be after start");
        }
        Set<String> seen = new HashSet<>();
        double sum = 0;
        List<Experiment.Arm> arms = new ArrayList<>();
        for (ExperimentRequest.ArmShare arm : r.arms()) {
            if (!r.kind().arms().contains(arm.name())) {
                throw ExperimentException.invalid("arms", "unknown arm '" + arm.name() + "' for " + r.kind() + " (known: "
                        + String.join(", ", r.kind().arms()) + ")");
            }
            if (!seen.add(arm.name())) {
                throw ExperimentException.invalid("arms", "arm '" + arm.name() + "' is listed twice");
            }
            if (!(arm.share() > 0) || arm.share() > 1) {
                throw ExperimentException.invalid("arms", "the share of '" + arm.name() + "' must be above 0 and at most 1");
            }
            sum += arm.share();
            arms.add(new Experiment.Arm(arm.name(), arm.share()));
        }
        if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
            throw ExperimentException.invalid("arms", "the shares must add up to 1 (they add up to " + sum + ")");
        }
        return new Experiment(r.name(), r.kind(), List.copyOf(arms), r.start(), r.end(), now);
    }

    /** Re-reads every experiment now (tests, and after this instance defines one). */
    public void refresh() {
        all = store.all();
    }

    private void refreshQuietly() {
        if (all == null) {
            // Nobody asked yet (or the context is still starting): nothing to keep fresh.
            return;
        }
        try {
            refresh();
        } catch (RuntimeException e) {
            // The previous list keeps serving; the next refresh tries again.
            log.warn("Experiment refresh failed: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}
