package app.rapport.analytics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.cli.AppCommand;
import app.rapport.cli.Percentiles;
import app.rapport.importer.Progress;
import picocli.CommandLine.Command;
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

    @Option(names = "--invitations", defaultValue = "100000", description = "invitations to have in the graph (default ${DEFAULT-VALUE})")
    long invitations;

    @Option(names = "--queries", defaultValue = "30", description = "timed calls per endpoint (default ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the bulk fixture and the reach sample")
    long seed;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Override
    public void validate() {
        if (invitations < 0 || invitations > 50_000_000) {
            throw new IllegalArgumentException("--invitations must be between 0 and 50,000,000");
        }
        if (queries < 3 || queries > 100_000) {
            throw new IllegalArgumentException("--queries must be between 3 and 100,000");
        }
    }

    @Override
    public int run(ConfigurableApplicationContext context) {
        Driver driver = context.getBean(Driver.class);
        long added = BenchFixture.ensureInvitations(driver, context.getBean(Clock.class), invitations, seed,
                json ? (t, n) -> Progress.NONE : Progress::console);
        AcceptanceAnalytics acceptance = context.getBean(AcceptanceAnalytics.class);
        FunnelAnalytics funnel = context.getBean(FunnelAnalytics.class);
        NetworkAnalytics network = context.getBean(NetworkAnalytics.class);
        ReachAnalytics reach = context.getBean(ReachAnalytics.class);
        AnalyticsWindow all = AnalyticsWindow.ALL_TIME;
        List<String> members;
        long total;
        try (var session = driver.session()) {
            members = session.run("MATCH (m:Member) RETURN m.id AS id ORDER BY id").list(r -> r.get("id").asString());
            total = session.run("MATCH (i:Invitation) RETURN count(i) AS n").single().get("n").asLong();
        }
        Random random = new Random(seed);
        Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
        calls.put("baseline: count window's invitations", () -> baseline(driver));
        for (String by : List.of("none", "note", "source", "reason", "mutuals", "cohort", "sender")) {
            calls.put("acceptance by=" + by, () -> acceptance.acceptance(all, "none".equals(by) ? null : by, 20));
        }
        calls.put("time-to-answer", () -> acceptance.timeToAnswer(all));
        calls.put("funnel", () -> funnel.funnel(all));
        calls.put("network (cached, 60 s TTL)", () -> network.network(all, "month"));
        calls.put("network (computed, no cache)", () -> network.compute(all, "month"));
        calls.put("reach (random member)", () -> reach.reach(members.get(random.nextInt(members.size()))));
        Map<String, double[]> results = new LinkedHashMap<>();
        calls.forEach((name, call) -> {
            double[] r = time(call, name.startsWith("network (computed") ? Math.min(queries, 10) : queries);
            results.put(name, r);
            if (!json) {
                System.err.printf(java.util.Locale.ROOT, "  timed %-38s p50 %8.1f ms%n", name, r[0]);
            }
        });
        print(results, total, added, members.size());
        return 0;
    }

    private static Object baseline(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (i:Invitation) WHERE i.sentAt >= $from AND i.sentAt < $to "
                    + "RETURN i.status AS status, count(*) AS n", AcceptanceAnalytics.bounds(AnalyticsWindow.ALL_TIME)).list());
        }
    }

    /** {p50, p99, max} in ms over n timed calls, after warm-up calls. */
    private static double[] time(Supplier<Object> call, int n) {
        for (int i = 0; i < 3; i++) {
            call.get();
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {Percentiles.of(ms, 0.50), Percentiles.of(ms, 0.99), ms[n - 1], n};
    }

    private void print(Map<String, double[]> results, long total, long added, int members) {
        if (json) {
            List<String> entries = new ArrayList<>();
            results.forEach((name, r) -> entries.add(String.format(java.util.Locale.ROOT,
                    "\"%s\": {\"p50_ms\": %.2f, \"p99_ms\": %.2f, \"max_ms\": %.2f, \"calls\": %d}", name, r[0], r[1], r[2], (int) r[3])));
            System.out.printf("{\"invitations\": %d, \"members\": %d, \"endpoints\": {%s}}%n", total, members, String.join(", ", entries));
            return;
        }
        System.out.printf("Analytics over %,d invitations (%,d added now), %,d members; %d calls each after 3 warm-up%n",
                total, added, members, queries);
        System.out.printf("%-40s %10s %10s %10s%n", "endpoint (service call)", "p50 ms", "p99 ms", "max ms");
        results.forEach((name, r) -> System.out.printf(java.util.Locale.ROOT, "%-40s %10.1f %10.1f %10.1f%n", name, r[0], r[1], r[2]));
    }
}
