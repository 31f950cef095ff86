package app.rapport.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import app.rapport.config.Cypher;
import app.rapport.experiment.Experiment;
import app.rapport.experiment.ExperimentKind;
import app.rapport.experiment.Experiments;

/**
 * Per-arm analytics of an experiment ({@code cypher/queries/experiment-*.cypher}): impressions and members
 * exposed from the aggregated impressions that carry the arm, invitations from those that name it.
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

    /** Per-arm figures of the experiment {@code name} over its whole run. */
    public ExperimentReport report(String name) {
        experiments.refresh();
        Experiment e = experiments.named(name).orElseThrow(() -> new UnknownExperimentException(name));
        // Invitations name an arm only while the experiment runs (checked a moment before sentAt is taken): an hour
        // either side is a generous margin for that moment and still bounds the read by the experiment's length.
        Map<String, Object> params = Map.of("name", e.name(), "label", e.name() + "=",
                "start", e.start().minus(MARGIN).atZone(ZoneOffset.UTC), "end", e.end().plus(MARGIN).atZone(ZoneOffset.UTC));
        Map<String, Totals> totals = new HashMap<>();
        e.arms().forEach(a -> totals.put(a.name(), new Totals()));
        Map<LocalDate, Map<String, long[]>> days = new TreeMap<>();
        for (Record r : rows("experiment-impressions", params)) {
            Totals t = totals.computeIfAbsent(r.get("arm").asString(), k -> new Totals());
            long n = r.get("impressions").asLong();
            t.impressions += n;
            day(days, r, e)[0] += n;
        }
        for (Record r : rows("experiment-invitations", params)) {
            Totals t = totals.computeIfAbsent(r.get("arm").asString(), k -> new Totals());
            t.sent += r.get("sent").asLong();
            t.accepted += r.get("accepted").asLong();
            t.ignored += r.get("ignored").asLong();
            long[] d = day(days, r, e);
            d[1] += r.get("sent").asLong();
            d[2] += r.get("accepted").asLong();
        }
        for (Record r : rows("experiment-exposed", params)) {
            Totals t = totals.computeIfAbsent(r.get("arm").asString(), k -> new Totals());
            t.shownMembers = r.get("shown").asLong();
            t.senders = r.get("senders").asLong();
        }
        boolean ranker = e.kind() == ExperimentKind.RANKER;
        List<ExperimentReport.ArmFigures> arms = e.arms().stream().map(a -> figures(a, totals.get(a.name()), ranker)).toList();
        List<ExperimentReport.ArmDifference> differences = new ArrayList<>();
        ExperimentReport.ArmFigures control = arms.get(0);
        for (ExperimentReport.ArmFigures a : arms.subList(1, arms.size())) {
            differences.add(new ExperimentReport.ArmDifference(a.arm(), control.arm(),
                    ranker ? Intervals.newcombe(a.invitationsPerImpression(), control.invitationsPerImpression()) : null,
                    Intervals.newcombe(a.acceptance(), control.acceptance()),
                    Intervals.newcombe(a.answeredAcceptance(), control.answeredAcceptance())));
        }
        List<ExperimentReport.Day> daily = new ArrayList<>();
        days.forEach((day, byArm) -> e.arms().forEach(a -> {
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

    private static long[] day(Map<LocalDate, Map<String, long[]>> days, Record r, Experiment e) {
        return days.computeIfAbsent(r.get("day").asLocalDate(), k -> new HashMap<>())
                .computeIfAbsent(r.get("arm").asString(), k -> new long[3]);
    }

    private List<Record> rows(String query, Map<String, Object> params) {
        return List.copyOf(neo4j.query(Cypher.query(query)).bindAll(params).fetchAs(Record.class).mappedBy((t, r) -> r).all());
    }
}
