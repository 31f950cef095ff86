package app.rapport.tools.bench;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.analytics.AcceptanceAnalytics;
import app.rapport.analytics.AnalyticsWindow;
import app.rapport.analytics.DailyRollups;
import app.rapport.analytics.ExperimentAnalytics;
import app.rapport.analytics.FunnelAnalytics;
import app.rapport.analytics.NetworkAnalytics;
import app.rapport.analytics.NetworkMetrics;
import app.rapport.analytics.NetworkReport;
import app.rapport.analytics.ReachAnalytics;
import app.rapport.config.Cypher;
import app.rapport.experiment.Experiment;
import app.rapport.experiment.Experiments;
import app.rapport.tools.bench.Harness.Timing;
import app.rapport.tools.cli.AppCommand;
import app.rapport.tools.cli.Options;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench-analytics [--invitations N] [--queries Q] [--json]}: tops the loaded graph up to N
 * invitations, then times every analytics endpoint's service call (p50, p99, max), beside a baseline
 * measured in the same run: one indexed pass counting the window's invitations, the floor any acceptance
 * figure pays.
 */
@Command(name = "bench-analytics", mixinStandardHelpOptions = true,
        description = "Time every analytics endpoint's service call over at least N invitations on the loaded graph.")
public class BenchAnalyticsCommand implements AppCommand {

    /** The uncached network computation is the slowest call by far: fewer timed calls keep the run short. */
    private static final int UNCACHED_NETWORK_CALLS = 10;

    @Option(names = "--invitations", defaultValue = "100000", description = "invitations to have in the graph (default ${DEFAULT-VALUE})")
    long invitations;

    @Option(names = "--batch", defaultValue = "2000", description = "invitations per write transaction of the top-up (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--scan-queries", defaultValue = "5",
            description = "timed calls of each full-scan baseline row (after one warm-up call): seconds each at a million "
                    + "invitations (default ${DEFAULT-VALUE})")
    int scanQueries;

    @Option(names = "--network-only", description = "only wait for the first background network report and print its figures and time")
    boolean networkOnly;

    @Mixin Options.Bench options = new Options.Bench(30, 3, 1);

    @Override
    public void validate() {
        if (invitations < 0 || invitations > 50_000_000) {
            throw new IllegalArgumentException("--invitations must be between 0 and 50,000,000");
        }
        if (scanQueries < 1 || scanQueries > 10_000) {
            throw new IllegalArgumentException("--scan-queries must be between 1 and 10,000");
        }
        if (batch < 1 || batch > 100_000) {
            throw new IllegalArgumentException("--batch must be between 1 and 100,000");
        }
    }

    @Override
    public int run(ConfigurableApplicationContext context) {
        Driver driver = context.getBean(Driver.class);
        NetworkMetrics metrics = context.getBean(NetworkMetrics.class);
        AnalyticsWindow all = AnalyticsWindow.ALL_TIME;
        if (networkOnly) {
            return networkOnly(metrics, all);
        }
        Clock clock = context.getBean(Clock.class);
        Experiment experiment = BenchExperiment.ensure(context.getBean(Experiments.class), clock);
        long topUpStart = System.nanoTime();
        long added = BenchFixture.ensureInvitations(driver, clock, invitations, options.seed().value(), experiment, batch, options.progress());
        if (added > 0) {
            long millis = (System.nanoTime() - topUpStart) / 1_000_000;
            System.err.printf(Locale.ROOT, "Wrote %,d invitations and %,d impressions in %,d ms (%.0f invitations/s)%n", added, 2 * added,
                    millis, added * 1000.0 / Math.max(1, millis));
            // The fixture is bulk-written past the invitation service, so the daily rollups are rebuilt once here.
            long rebuildStart = System.nanoTime();
            context.getBean(DailyRollups.class).rebuildAll();
            System.err.printf("Daily rollups (invitations, senders, impressions) rebuilt day by day in %,d ms%n",
                    (System.nanoTime() - rebuildStart) / 1_000_000);
        }
        AcceptanceAnalytics acceptance = context.getBean(AcceptanceAnalytics.class);
        FunnelAnalytics funnel = context.getBean(FunnelAnalytics.class);
        NetworkAnalytics network = context.getBean(NetworkAnalytics.class);
        ReachAnalytics reach = context.getBean(ReachAnalytics.class);
        // Reach walks the in-memory graph a serving instance builds at start (a command builds it on demand).
        long graphStart = System.nanoTime();
        context.getBean(app.rapport.suggestion.MemberGraphStore.class).current();
        System.err.printf("In-memory graph for reach built in %,d ms%n", (System.nanoTime() - graphStart) / 1_000_000);
        List<String> members = BenchFixture.members(driver);
        long total = BenchFixture.invitations(driver);
        Random random = new Random(options.seed().value());
        Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
        String baseline = Cypher.query("tools/analytics-bench-baseline");
        calls.put("baseline: count window's invitations", () -> driver.executableQuery(baseline).withParameters(all.bounds()).execute());
        // Each rollup-backed figure beside the full scan it replaced (the same service, reading every invitation).
        for (String by : List.of("none", "note", "source", "reason", "mutuals", "cohort", "sender")) {
            String split = "none".equals(by) ? null : by;
            calls.put("acceptance by=" + by, () -> acceptance.acceptance(all, split, 20));
            calls.put("  full scan: acceptance by=" + by, () -> acceptance.acceptanceByScan(all, split, 20));
        }
        // by=sender's worst window: no whole month (the 2nd of a month to the day before the last of the next), so
        // every one of its ~58 days comes from the daily lists.
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate twoMonthsAgo = today.withDayOfMonth(1).minusMonths(2);
        AnalyticsWindow partial = new AnalyticsWindow(twoMonthsAgo.plusDays(1), twoMonthsAgo.plusMonths(2).minusDays(2));
        calls.put("acceptance by=sender, " + partial.from() + ".." + partial.to(), () -> acceptance.acceptance(partial, "sender", 20));
        // by=sender's parts: the daily lists alone (what it read before the monthly rollups), query and transfer only.
        String senderDays = Cypher.query("tools/analytics-bench-sender-days");
        calls.put("  by=sender before: every day's list, read only", () -> driver.executableQuery(senderDays)
                .withParameters(all.bounds()).execute());
        // What keeping the rollups costs: one background rebuild of a marked day and its month (at most one per
        // rapport.analytics.rollup-interval however many invitations the day gets; no request waits for it).
        DailyRollups rollups = context.getBean(DailyRollups.class);
        calls.put("background: rebuild a day's rollups (+ month)", () -> {
            rollups.rebuild(today.minusDays(1), today);
            return null;
        });
        calls.put("time-to-answer", () -> acceptance.timeToAnswer(all));
        calls.put("  full scan: time-to-answer", () -> acceptance.timeToAnswerByScan(all));
        calls.put("funnel", () -> funnel.funnel(all));
        calls.put("  full scan: funnel", () -> funnel.funnelByScan(all));
        if (experiment != null) {
            ExperimentAnalytics experiments = context.getBean(ExperimentAnalytics.class);
            calls.put("experiments/" + experiment.name(), () -> experiments.report(experiment.name()));
            calls.put("  full scan: experiments/" + experiment.name(), () -> experiments.reportByScan(experiment.name()));
        }
        awaitSketches(driver);
        long waitStart = System.nanoTime();
        NetworkReport first = firstReport(metrics, all);
        System.err.printf("First network report: waited %,d ms here, computed in the background in %,d ms%n",
                (System.nanoTime() - waitStart) / 1_000_000, first.computeMillis());
        calls.put("network (as served, background report)", () -> metrics.current(all, "month").orElseThrow());
        calls.put("network (computed, no cache)", () -> network.compute(all, "month"));
        calls.put("reach (random member)", () -> reach.reach(members.get(random.nextInt(members.size()))));
        Random neo4jRandom = new Random(options.seed().value());
        calls.put("  before: reach in Neo4j, one query a hop", () -> reach.inNeo4j(members.get(neo4jRandom.nextInt(members.size()))));
        Harness harness = new Harness(options.progress().on());
        Map<String, Timing> results = new LinkedHashMap<>();
        calls.forEach((name, call) -> {
            int n = name.startsWith("network (computed") ? Math.min(options.sampling().queries(), UNCACHED_NETWORK_CALLS)
                    : name.startsWith("  full scan") ? scanQueries : options.sampling().queries();
            List<Supplier<Object>> repeated = Collections.nCopies(n, call);
            // A full scan takes seconds at a million invitations: one warm-up call is enough to load its pages.
            int warmup = name.startsWith("  full scan") ? Math.min(1, options.sampling().warmup()) : options.sampling().warmup();
            harness.warmUp(name, repeated, warmup, 1, Supplier::get);
            Timing t = harness.time(name, repeated, 1, Supplier::get);
            results.put(name, t);
            // Each row as soon as it is timed: a long run stopped early still leaves its figures.
            System.err.printf(Locale.ROOT, "%-40s p50 %.1f ms, p99 %.1f ms%n", name, t.p50(), t.p99());
        });
        print(options.json().table(), results, total, added, members.size());
        // The rollups (here perhaps built by migration V0008 on a store written before it) answer what the scans do.
        System.err.printf("Same as the scan: acceptance by=sender %s, time-to-answer counts %s%s%n",
                acceptance.acceptance(all, "sender", 20).equals(acceptance.acceptanceByScan(all, "sender", 20)),
                acceptance.timeToAnswer(all).overall().answered() == acceptance.timeToAnswerByScan(all).overall().answered(),
                experiment == null ? "" : ", experiments/" + experiment.name() + " " + sameExperiment(context, experiment.name()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("invitations", total);
        out.put("members", members.size());
        Map<String, Object> endpoints = new LinkedHashMap<>();
        results.forEach((name, t) -> endpoints.put(name, t.json()));
        out.put("endpoints", endpoints);
        options.json().print(out);
        return 0;
    }

    /** Whether every figure but members exposed is the scan's, and members exposed beside the exact count. */
    private static String sameExperiment(ConfigurableApplicationContext context, String name) {
        ExperimentAnalytics experiments = context.getBean(ExperimentAnalytics.class);
        List<List<Object>> rolled = experiments.report(name).csvRows();
        List<List<Object>> scanned = experiments.reportByScan(name).csvRows();
        // Column 4 of a CSV row is membersExposed (estimated from sketches by the rollups).
        Function<List<List<Object>>, List<List<Object>>> withoutExposed = rows -> rows.stream()
                .map(r -> { List<Object> c = new ArrayList<>(r); c.remove(4); return (List<Object>) c; }).toList();
        return withoutExposed.apply(rolled).equals(withoutExposed.apply(scanned)) + " (members exposed per arm "
                + rolled.stream().map(r -> r.get(4)).toList() + ", exactly " + scanned.stream().map(r -> r.get(4)).toList() + ")";
    }

    /** The sketches the service builds in the background after a migration: timed figures must not count exactly. */
    private static void awaitSketches(Driver driver) {
        String unsketched = Cypher.query("tools/analytics-bench-unsketched");
        long start = System.nanoTime();
        while (driver.executableQuery(unsketched).execute().records().get(0).get("unsketched").asLong() > 0) {
            LockSupport.parkNanos(200_000_000);
        }
        System.err.printf("Rollup sketches complete (waited %,d ms)%n", (System.nanoTime() - start) / 1_000_000);
    }

    private static NetworkReport firstReport(NetworkMetrics metrics, AnalyticsWindow all) {
        while (metrics.current(all, "month").isEmpty()) {
            // The background computes the first report; this process has nothing else to do meanwhile.
            LockSupport.parkNanos(20_000_000);
        }
        return metrics.current(all, "month").orElseThrow();
    }

    /** {@code --network-only}: the time of the first background report on the loaded graph, and the heap it took. */
    private int networkOnly(NetworkMetrics metrics, AnalyticsWindow all) {
        long waitStart = System.nanoTime();
        NetworkReport report = firstReport(metrics, all);
        Runtime rt = Runtime.getRuntime();
        PrintStream out = options.json().table();
        out.printf(Locale.ROOT, "Network report of %,d members, %,d connections: computed in the background in %,d ms "
                + "(waited %,d ms here); %d communities, modularity %s; heap used %,d MB of max %,d MB%n",
                report.members(), report.connections(), report.computeMillis(), (System.nanoTime() - waitStart) / 1_000_000,
                report.communities().count(), report.communities().modularity(),
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("members", report.members());
        json.put("connections", report.connections());
        json.put("computeMillis", report.computeMillis());
        json.put("communities", report.communities().count());
        json.put("modularity", report.communities().modularity());
        options.json().print(json);
        return 0;
    }

    private void print(PrintStream out, Map<String, Timing> results, long total, long added, int members) {
        out.printf("Analytics over %,d invitations (%,d added now), %,d members; %d calls each after %d warm-up "
                + "(full scans: %d calls)%n", total, added, members, options.sampling().queries(), options.sampling().warmup(),
                scanQueries);
        out.printf("%-40s %10s %10s %10s %8s%n", "endpoint (service call)", "p50 ms", "p99 ms", "max ms", "qps");
        results.forEach((name, t) -> out.printf(Locale.ROOT, "%-40s %10.1f %10.1f %10.1f %8.1f%n", name, t.p50(), t.p99(),
                t.max(), t.qps()));
    }
}
