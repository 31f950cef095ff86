package app.rapport.suggestion;

import java.time.LocalDate;
import java.util.List;

/**
 * Published (Spring application event) by the impression writer inside the transaction that writes a batch of
 * aggregated impressions, so whoever keeps figures over them (the analytics' daily impression rollups) updates
 * them in the same transaction: both commit or neither.
 *
 * @param rows what the batch added: one row per (member, candidate, UTC day, simulated) with its views
 */
public record ImpressionsWritten(List<Row> rows) {

    /**
     * {@code shown} views of {@code candidate} in {@code member}'s suggestions on {@code day}; {@code experiment} and
     * {@code arm}: the ranker experiment arm the record's latest view was served under (both null outside one).
     */
    public record Row(String member, String candidate, LocalDate day, long shown, String experiment, String arm) {

        public Row(String member, String candidate, LocalDate day, long shown) {
            this(member, candidate, day, shown, null, null);
        }
    }
}
