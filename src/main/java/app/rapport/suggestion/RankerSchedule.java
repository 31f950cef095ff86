package app.rapport.suggestion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Background retraining every {@code rapport.ranking.retrain-interval} (0 = never) on a serving instance: on one
 * low-priority thread, never on a request's; the ranker that serves keeps serving until a better model is
 * promoted ({@link RankerTraining}). The first training runs {@code first-training-delay} after start when the
 * newest stored version is older than the interval (or there is none, or its model has another feature list than
 * this code's, as after an upgrade), otherwise when the interval since it has passed. A failed training is logged and shown on the health endpoint; the next period tries again.
 * <p>
 * Each instance trains on its own graph and keeps the models in its own {@code rapport.data-dir}: instances
 * behind a load balancer each train (on the same shared database, so on the same data) and may briefly serve
 * different versions.
 */
@Component
class RankerSchedule implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RankerSchedule.class);

    private final RankerTraining training;
    private final RankingSettings settings;
    private final Environment environment;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor executor;

    RankerSchedule(RankerTraining training, RankingSettings settings, Environment environment, Clock clock) {
        this.training = training;
        this.settings = settings;
        this.environment = environment;
        this.clock = clock;
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "ranker-training");
            t.setDaemon(true);
            // Requests come first: the training uses what the machine has left.
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Duration interval = settings.retrainInterval();
        if (environment.getProperty("rapport.command") != null || interval.isZero()) {
            return;
        }
        long period = Math.max(1, interval.toSeconds());
        // A model of another feature list (stored before an upgrade) cannot serve: train soon, not a day later.
        long first = firstDelay(training.lastUsableTraining(), clock.instant(), interval, settings.firstTrainingDelay()).toSeconds();
        log.info("Ranker retraining every {} (first in {} s)", interval, first);
        executor.scheduleWithFixedDelay(this::trainQuietly, first, period, TimeUnit.SECONDS);
    }

    /** Trainings waiting to run: 1 once {@link #start} has scheduled them, 0 when retraining is off. */
    int scheduled() {
        return executor.getQueue().size();
    }

    /** When the first background training runs: soon if the newest version is missing or stale, else when it goes stale. */
    static Duration firstDelay(Instant lastTrained, Instant now, Duration interval, Duration minimum) {
        if (lastTrained == null) {
            return minimum;
        }
        Duration due = Duration.between(now, lastTrained.plus(interval));
        return due.compareTo(minimum) > 0 ? due : minimum;
    }

    private void trainQuietly() {
        try {
            training.train(settings.trainingThreads(), RankerTraining.Progress.NONE);
        } catch (RuntimeException | LinkageError e) {
            // The ranker that serves keeps serving; the health endpoint shows the failure.
            log.warn("Background ranker training failed: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
