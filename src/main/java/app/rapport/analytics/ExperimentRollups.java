package app.rapport.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.Union;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.rapport.config.Cypher;
import app.rapport.suggestion.ImpressionsWritten;

/**
 * The impression side of the experiment report per experiment, arm and UTC day:
 * {@code ExperimentImpressionRollup {experiment, arm, day, shown, sketch}}, the views served under the arm that day
 * and a HyperLogLog sketch (lgK 12, as {@link ImpressionRollups}) of the members shown. A member has one arm per
 * experiment, so an arm's members exposed over the run are the union of its days' sketches: the report reads days ×
 * arms rollups, not the impressions. Kept in step inside the impression writer's transaction
 * ({@link ImpressionsWritten}, the rows that carry an arm), after the day's {@code ImpressionRollup} lock so writers
 * and rebuilds of a day queue up in one order. Writes past the writer call {@link #rebuildAll()}; migration V0008
 * makes the rollups of earlier days without sketches, built here in the background when the service starts (the
 * report counts members exactly until then). The invitation side is rebuilt per day by {@link DailyRollups}.
 */
@Component
class ExperimentRollups {

    private static final Logger log = LoggerFactory.getLogger(ExperimentRollups.class);
    private static final byte[] EMPTY = new HllSketch(ImpressionRollups.LG_K).toCompactByteArray();

    private final Neo4jClient neo4j;
    private final TransactionTemplate transactions;

    ExperimentRollups(Neo4jClient neo4j, PlatformTransactionManager transactions) {
        this.neo4j = neo4j;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** One rollup's identity. */
    private record Key(String experiment, String arm, LocalDate day) {

        Map<String, Object> properties() {
            return Map.of("experiment", experiment, "arm", arm, "day", day);
        }
    }

    /** Inside the impression writer's transaction (a synchronous listener joins it). */
    @EventListener
    void written(ImpressionsWritten batch) {
        Map<Key, List<ImpressionsWritten.Row>> byKey = new LinkedHashMap<>();
        batch.rows().stream().filter(r -> r.experiment() != null && r.arm() != null)
                .forEach(r -> byKey.computeIfAbsent(new Key(r.experiment(), r.arm(), r.day()), k -> new ArrayList<>()).add(r));
        if (byKey.isEmpty()) {
            return;
        }
        Map<Key, byte[]> sketches = lock(byKey.keySet());
        List<Map<String, Object>> rows = new ArrayList<>();
        byKey.forEach((key, added) -> rows.add(ImpressionRollups.added(key.properties(), sketches.get(key), added,
                ImpressionsWritten.Row::member)));
        set(rows, false);
    }

    /**
     * Members exposed per arm over every day of the experiment (the union of the day sketches), or null when a day
     * has no sketch yet.
     */
    static Map<String, Long> membersExposed(Map<String, List<byte[]>> sketchesByArm) {
        Map<String, Long> exposed = new HashMap<>();
        for (Map.Entry<String, List<byte[]>> arm : sketchesByArm.entrySet()) {
            Union union = new Union(ImpressionRollups.LG_K);
            for (byte[] sketch : arm.getValue()) {
                if (sketch == null) {
                    return null;
                }
                union.update(HllSketch.heapify(sketch));
            }
            exposed.put(arm.getKey(), Math.round(union.getEstimate()));
        }
        return exposed;
    }

    /** Rebuilds every day's experiment impression rollups from the aggregated impressions, one transaction per day. */
    void rebuildAll() {
        days("experiment-rollup-days").forEach(this::rebuild);
    }

    /** Builds the sketches migration V0008 could not, in the background: the report counts exactly meanwhile. */
    @EventListener(ApplicationReadyEvent.class)
    void backfillOnStart() {
        Thread backfill = new Thread(() -> {
            try {
                List<LocalDate> days = days("experiment-rollup-unsketched");
                if (!days.isEmpty()) {
                    long start = System.nanoTime();
                    days.forEach(this::rebuild);
                    log.info("Built the experiment impression sketches of {} days in {} ms", days.size(),
                            (System.nanoTime() - start) / 1_000_000);
                }
            } catch (RuntimeException e) {
                log.warn("Building the experiment impression sketches failed (members exposed are counted exactly until they exist): {}",
                        e.toString());
            }
        }, "experiment-rollups");
        backfill.setDaemon(true);
        backfill.start();
    }

    private List<LocalDate> days(String query) {
        return neo4j.query(Cypher.query(query)).fetchAs(LocalDate.class).mappedBy((t, r) -> r.get("day").asLocalDate()).all()
                .stream().toList();
    }

    /** One day: locks the day (impression rollup first), reads its impressions under an arm, replaces its rollups. */
    private void rebuild(LocalDate day) {
        transactions.executeWithoutResult(s -> {
            neo4j.query(Cypher.query("analytics-impression-rollup-lock")).bindAll(Map.of("days", List.of(day), "empty", EMPTY)).run();
            neo4j.query(Cypher.query("experiment-rollup-clear-day")).bind(day).to("day").run();
            Map<Key, HllSketch> sketches = new LinkedHashMap<>();
            Map<Key, long[]> shown = new HashMap<>();
            neo4j.query(Cypher.query("experiment-rollup-day")).bind(day).to("day").fetch().all().forEach(r -> {
                Key key = new Key((String) r.get("experiment"), (String) r.get("arm"), day);
                sketches.computeIfAbsent(key, k -> new HllSketch(ImpressionRollups.LG_K)).update((String) r.get("member"));
                shown.computeIfAbsent(key, k -> new long[1])[0] += ((Number) r.get("shown")).longValue();
            });
            if (sketches.isEmpty()) {
                return;
            }
            lock(sketches.keySet());
            List<Map<String, Object>> rows = new ArrayList<>();
            sketches.forEach((key, sketch) -> rows.add(row(key, shown.get(key)[0], sketch)));
            set(rows, true);
        });
    }

    private Map<Key, byte[]> lock(Set<Key> keys) {
        // The day's ImpressionRollup first (ImpressionRollups' listener takes it too: held, not taken twice).
        Set<LocalDate> days = new TreeSet<>();
        List<Map<String, Object>> params = new ArrayList<>();
        keys.forEach(k -> {
            days.add(k.day());
            params.add(k.properties());
        });
        neo4j.query(Cypher.query("analytics-impression-rollup-lock")).bindAll(Map.of("days", List.copyOf(days), "empty", EMPTY)).run();
        Map<Key, byte[]> sketches = new HashMap<>();
        neo4j.query(Cypher.query("experiment-rollup-lock")).bindAll(Map.of("keys", params, "empty", EMPTY)).fetch().all()
                .forEach(r -> sketches.put(new Key((String) r.get("experiment"), (String) r.get("arm"), (LocalDate) r.get("day")),
                        (byte[]) r.get("sketch")));
        return sketches;
    }

    private void set(List<Map<String, Object>> rows, boolean replace) {
        neo4j.query(Cypher.query("experiment-rollup-set")).bindAll(Map.of("rows", rows, "replace", replace)).run();
    }

    private static Map<String, Object> row(Key key, long shown, HllSketch sketch) {
        return ImpressionRollups.row(key.properties(), shown, sketch);
    }
}
