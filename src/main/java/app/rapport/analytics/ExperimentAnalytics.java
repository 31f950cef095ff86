package app.rapport.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rapport.config.Cypher;
import app.rapport.experiment.Experiment;
import app.rapport.experiment.ExperimentKind;
import app.rapport.experiment.Experiments;

/**
 * Per-arm analytics of an experiment ({@code cypher/queries/experiment-*.cypher}): from the experiment rollups per
 * arm and UTC day (views and a sketch of the members shown; invitations by status and their senders), or, as the
 * baseline and the tests' truth, from the aggregated impressions that carry the arm and the invitations that name it.
 */
@Service
public class ExperimentAnalytics {

    private static final Duration MARGIN = Duration.ofHours(1);

    private final Neo4jClient neo4j;
    private final Experiments experiments;
    private final Clock clock;

    ExperimentAnalytics(Neo4jClient neo4j, Experiments experiments, Clock clock) {
        this.neo4j = neo4j;
        this.experiments = experiments;
        this.clock = clock;
    }

    /** Counts of one arm, summed over days. */
    private static final class Totals {
        long impressions;
        long sent;
        long accepted;
        long ignored;
        long shownMembers;
        long senders;
    }

    /** What a report is made of, summed from the rollups or from a scan. */
    private static final class Counts {
        final Map<String, Totals> totals = new HashMap<>();
        final Map<LocalDate, Map<String, long[]>> days = new TreeMap<>();

        Totals arm(String arm) {
            return totals.computeIfAbsent(arm, k -> new Totals());
        }

        void impressions(String arm, LocalDate day, long n) {
            arm(arm).impressions += n;
            day(arm, day)[0] += n;
        }

        void invitations(String arm, LocalDate day, long sent, long accepted, long ignored) {
            Totals t = arm(arm);
            t.sent += sent;
            t.accepted += accepted;
            t.ignored += ignored;
            long[] d = day(arm, day);
            d[1] += sent;
            d[2] += accepted;
        }

        private long[] day(String arm, LocalDate day) {
            return days.computeIfAbsent(day, k -> new HashMap<>()).computeIfAbsent(arm, k -> new long[3]);
        }
    }

    /**
     * Per-arm figures of the experiment {@code name} over its whole run, from the experiment rollups
     * ({@link ExperimentRollups}' impression side, {@link DailyRollups}' invitation side): it reads days × arms rows,
     * not the experiment's impressions and invitations.
     */
    @Transactional(readOnly = true)
    public ExperimentReport report(String name) {
        Experiment e = experiment(name);
        Map<String, Object> params = Map.of("name", e.name());
        Counts counts = new Counts();
        Map<String, List<byte[]>> sketches = new HashMap<>();
        for (Record r : rows("experiment-impressions-rollup", params)) {
            String arm = r.get("arm").asString();
            counts.impressions(arm, r.get("day").asLocalDate(), r.get("impressions").asLong());
            sketches.computeIfAbsent(arm, k -> new ArrayList<>()).add(r.get("sketch").isNull() ? null : r.get("sketch").asByteArray());
        }
        boolean ranker = e.kind() == ExperimentKind.RANKER;
        Map<String, Set<String>> senders = new HashMap<>();
        for (Record r : rows("experiment-invitations-rollup", Map.of("name", e.name(), "senders", !ranker))) {
            String arm = r.get("arm").asString();
            counts.invitations(arm, r.get("day").asLocalDate(), r.get("sent").asLong(), r.get("accepted").asLong(),
                    r.get("ignored").asLong());
            Set<String> armSenders = senders.computeIfAbsent(arm, k -> new HashSet<>());
            r.get("senders").values().forEach(v -> armSenders.add(v.asString()));
        }
        senders.forEach((arm, ids) -> counts.arm(arm).senders = ids.size());
        Map<String, Long> shown = ExperimentRollups.membersExposed(sketches);
        if (shown == null) {
            // A day without its sketch yet (migration V0008 leaves them to the service): count exactly.
            shown = new HashMap<>();
            for (Record r : rows("experiment-exposed-shown", params)) {
                shown.put(r.get("arm").asString(), r.get("shown").asLong());
            }
        }
        shown.forEach((arm, n) -> counts.arm(arm).shownMembers = n);
        return report(e, counts);
    }

    /**
     * The same figures from a scan of the experiment's impression records and invitations (bounded by its run, read
     * through the sentAt index): the benchmark's baseline and the tests' truth.
     */
    @Transactional(readOnly = true)
    public ExperimentReport reportByScan(String name) {
        Experiment e = experiment(name);
        // Invitations name an arm only while the experiment runs (checked a moment before sentAt is taken): an hour
        // either side is a generous margin for that moment and still bounds the read by the experiment's length.
        Map<String, Object> params = Map.of("name", e.name(), "label", e.name() + "=",
                "start", e.start().minus(MARGIN).atZone(ZoneOffset.UTC), "end", e.end().plus(MARGIN).atZone(ZoneOffset.UTC));
        Counts counts = new Counts();
        for (Record r : rows("experiment-impressions", params)) {
            counts.impressions(r.get("arm").asString(), r.get("day").asLocalDate(), r.get("impressions").asLong());
        }
        for (Record r : rows("experiment-invitations", params)) {
            counts.invitations(r.get("arm").asString(), r.get("day").asLocalDate(), r.get("sent").asLong(),
                    r.get("accepted").asLong(), r.get("ignored").asLong());
        }
        for (Record r : rows("experiment-exposed", params)) {
            Totals t = counts.arm(r.get("arm").asString());
            t.shownMembers = r.get("shown").asLong();
            t.senders = r.get("senders").asLong();
        }
        return report(e, counts);
    }

    private Experiment experiment(String name) {
        experiments.refresh();
        return experiments.named(name).orElseThrow(() -> new UnknownExperimentException(name));
    }

    private ExperimentReport report(Experiment e, Counts counts) {
        boolean ranker = e.kind() == ExperimentKind.RANKER;
        List<ExperimentReport.ArmFigures> arms = e.arms().stream().map(a -> figures(a, counts.arm(a.name()), ranker)).toList();
        List<ExperimentReport.ArmDifference> differences = new ArrayList<>();
        ExperimentReport.ArmFigures control = arms.get(0);
        for (ExperimentReport.ArmFigures a : arms.subList(1, arms.size())) {
            differences.add(new ExperimentReport.ArmDifference(a.arm(), control.arm(),
                    ranker ? Intervals.newcombe(a.invitationsPerImpression(), control.invitationsPerImpression()) : null,
                    Intervals.newcombe(a.acceptance(), control.acceptance()),
                    Intervals.newcombe(a.answeredAcceptance(), control.answeredAcceptance())));
        }
        List<ExperimentReport.Day> daily = new ArrayList<>();
        counts.days.forEach((day, byArm) -> e.arms().forEach(a -> {
            long[] d = byArm.getOrDefault(a.name(), new long[3]);
            daily.add(new ExperimentReport.Day(day, a.name(), d[0], d[1], d[2]));
        }));
        return new ExperimentReport(e.name(), e.kind().name(), e.start(), e.end(), e.runningAt(clock.instant()), arms,
                differences, daily);
    }

    private static ExperimentReport.ArmFigures figures(Experiment.Arm arm, Totals t, boolean ranker) {
        long answered = t.accepted + t.ignored;
        return new ExperimentReport.ArmFigures(arm.name(), arm.share(), ranker ? t.shownMembers : t.senders, t.impressions,
                t.sent, t.accepted, t.ignored, answered, ranker ? Intervals.wilson(t.sent, t.impressions) : null,
                Intervals.wilson(t.accepted, t.sent), Intervals.wilson(t.accepted, answered));
    }

    private List<Record> rows(String query, Map<String, Object> params) {
        return List.copyOf(neo4j.query(Cypher.query(query)).bindAll(params).fetchAs(Record.class).mappedBy((t, r) -> r).all());
    }
}
