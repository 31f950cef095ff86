package app.rapport.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * The impression side of the funnel per UTC day: {@code ImpressionRollup {day, shown, sketch}}, the views of the
 * day and a HyperLogLog sketch (Apache DataSketches, lgK 12: relative standard error about 1.6 %) of its distinct
 * (member, candidate) pairs. Views add up over days; distinct pairs do not (a pair shown on two days is one
 * pair), but sketches merge: a window's distinct pairs are the union of its days' sketches, bounded by the number
 * of days, not the impressions.
 * <p>
 * Kept in step inside the impression writer's transaction ({@link ImpressionsWritten}): the day's rollup is
 * locked, its sketch updated with the batch's pairs (adding a pair again changes nothing) and its views added, so
 * records and rollup commit together. Writes past the writer (bench fixtures, tests) call {@link #rebuildAll()}.
 * Migration V0006 makes the rollups of earlier days with their views but no sketch (Cypher cannot build one);
 * those are rebuilt here in the background when the service starts, and until then the funnel counts the pairs
 * of a window with such a day exactly.
 */
@Component
class ImpressionRollups {

    static final int LG_K = 12;
    private static final Logger log = LoggerFactory.getLogger(ImpressionRollups.class);
    private static final byte[] EMPTY = new HllSketch(LG_K).toCompactByteArray();

    private final Neo4jClient neo4j;
    private final TransactionTemplate transactions;

    ImpressionRollups(Neo4jClient neo4j, PlatformTransactionManager transactions) {
        this.neo4j = neo4j;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** The views and an estimate of the distinct pairs shown in a window, or null pairs if a day lacks its sketch. */
    record Totals(long shown, Long pairs, double relativeError) {
    }

    /** Inside the impression writer's transaction (a synchronous listener joins it). */
    @EventListener
    void written(ImpressionsWritten batch) {
        Map<LocalDate, List<ImpressionsWritten.Row>> byDay = new TreeMap<>();
        batch.rows().forEach(r -> byDay.computeIfAbsent(r.day(), d -> new ArrayList<>()).add(r));
        Map<LocalDate, byte[]> sketches = lock(byDay.keySet());
        List<Map<String, Object>> rows = new ArrayList<>();
        byDay.forEach((day, added) -> rows.add(added(Map.of("day", day), sketches.get(day), added, r -> pair(r.member(), r.candidate()))));
        set(rows, false);
    }

    /** Sums the days of the window: views exactly, distinct pairs as the union of the day sketches. */
    Totals totals(AnalyticsWindow window) {
        long shown = 0;
        Union union = new Union(LG_K);
        boolean complete = true;
        for (Map<String, Object> row : neo4j.query(Cypher.query("analytics-funnel-impressions-rollup")).bindAll(window.bounds())
                .fetch().all()) {
            shown += ((Number) row.get("shown")).longValue();
            byte[] sketch = (byte[]) row.get("sketch");
            if (sketch == null) {
                complete = false;
            } else {
                union.update(HllSketch.heapify(sketch));
            }
        }
        if (!complete) {
            return new Totals(shown, null, 0);
        }
        double estimate = union.getEstimate();
        double error = estimate == 0 ? 0 : (union.getUpperBound(1) - estimate) / estimate;
        return new Totals(shown, Math.round(estimate), error);
    }

    /** Rebuilds every day's rollup from the aggregated impressions, one transaction per day. */
    void rebuildAll() {
        List<LocalDate> days = neo4j.query(Cypher.query("analytics-impression-days")).fetchAs(LocalDate.class)
                .mappedBy((t, r) -> r.get("day").asLocalDate()).all().stream().toList();
        days.forEach(this::rebuild);
        transactions.executeWithoutResult(s -> neo4j.query(Cypher.query("analytics-impression-rollup-prune"))
                .bind(days).to("days").run());
    }

    /** Builds the sketches migration V0006 could not, in the background: the funnel counts exactly meanwhile. */
    @EventListener(ApplicationReadyEvent.class)
    void backfillOnStart() {
        Thread backfill = new Thread(() -> {
            try {
                List<LocalDate> days = neo4j.query(Cypher.query("analytics-impression-rollup-unsketched")).fetchAs(LocalDate.class)
                        .mappedBy((t, r) -> r.get("day").asLocalDate()).all().stream().toList();
                if (!days.isEmpty()) {
                    long start = System.nanoTime();
                    days.forEach(this::rebuild);
                    log.info("Built the impression sketches of {} days in {} ms", days.size(), (System.nanoTime() - start) / 1_000_000);
                }
            } catch (RuntimeException e) {
                log.warn("Building the impression sketches failed (the funnel counts pairs exactly until they exist): {}", e.toString());
            }
        }, "impression-rollups");
        backfill.setDaemon(true);
        backfill.start();
    }

    private void rebuild(LocalDate day) {
        transactions.executeWithoutResult(s -> {
            lock(List.of(day));
            HllSketch sketch = new HllSketch(LG_K);
            long[] shown = {0};
            neo4j.query(Cypher.query("analytics-impression-rollup-day")).bind(day).to("day").fetch().all().forEach(r -> {
                shown[0] += ((Number) r.get("shown")).longValue();
                sketch.update(pair((String) r.get("member"), (String) r.get("candidate")));
            });
            set(List.of(row(day, shown[0], sketch)), true);
        });
    }

    private Map<LocalDate, byte[]> lock(java.util.Collection<LocalDate> days) {
        Map<LocalDate, byte[]> sketches = new HashMap<>();
        neo4j.query(Cypher.query("analytics-impression-rollup-lock")).bindAll(Map.of("days", List.copyOf(days), "empty", EMPTY))
                .fetch().all().forEach(r -> sketches.put((LocalDate) r.get("day"), (byte[]) r.get("sketch")));
        return sketches;
    }

    private void set(List<Map<String, Object>> rows, boolean replace) {
        neo4j.query(Cypher.query("analytics-impression-rollup-set")).bindAll(Map.of("rows", rows, "replace", replace)).run();
    }

    private static Map<String, Object> row(LocalDate day, long shown, HllSketch sketch) {
        return row(Map.of("day", day), shown, sketch);
    }

    /** A rollup's new row: its {@code key} properties, views and sketch (null: not built yet). */
    static Map<String, Object> row(Map<String, Object> key, long shown, HllSketch sketch) {
        Map<String, Object> row = new HashMap<>(key);
        row.put("shown", shown);
        row.put("sketch", sketch == null ? null : sketch.toCompactByteArray());
        return row;
    }

    /**
     * A rollup's row after a written batch: the {@code stored} sketch (null while not built: it stays null) updated
     * with each added row's {@code item}, and the added views.
     */
    static Map<String, Object> added(Map<String, Object> key, byte[] stored, List<ImpressionsWritten.Row> added,
            java.util.function.Function<ImpressionsWritten.Row, String> item) {
        HllSketch sketch = stored == null ? null : HllSketch.heapify(stored);
        long shown = 0;
        for (ImpressionsWritten.Row r : added) {
            shown += r.shown();
            if (sketch != null) {
                sketch.update(item.apply(r));
            }
        }
        return row(key, shown, sketch);
    }

    /** The sketch's item for a pair: ids cannot contain NUL, so the joined string is unambiguous. */
    private static String pair(String member, String candidate) {
        return member + '\0' + candidate;
    }
}
