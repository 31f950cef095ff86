package app.rapport.analytics;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code GET /api/analytics/acceptance}: the overall figures of invitations sent in the window and, with
 * {@code by}, the same figures per group.
 *
 * @param window  the days covered (nulls = open)
 * @param by      the split ({@code none}, {@code note}, {@code source}, {@code reason}, {@code mutuals},
 *                {@code cohort}, {@code sender})
 * @param overall all invitations sent in the window
 * @param groups  one entry per group (empty without a split)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AcceptanceReport(AnalyticsWindow window, String by, AcceptanceFigures overall,
        List<AcceptanceFigures> groups) implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return List.of("from", "to", "by", "group", "label", "sent", "accepted", "ignored", "withdrawn", "pending",
                "answered", "acceptanceRate", "answeredAcceptanceRate", "ignoreRate", "withdrawalRate");
    }

    @Override
    public List<List<Object>> csvRows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("all", overall));
        groups.forEach(g -> rows.add(row(by, g)));
        return rows;
    }

    private List<Object> row(String split, AcceptanceFigures f) {
        List<Object> row = new ArrayList<>();
        row.add(window.from());
        row.add(window.to());
        row.add(split);
        row.add(f.group());
        row.add(f.label());
        row.add(f.sent());
        row.add(f.accepted());
        row.add(f.ignored());
        row.add(f.withdrawn());
        row.add(f.pending());
        row.add(f.answered());
        row.add(f.acceptanceRate());
        row.add(f.answeredAcceptanceRate());
        row.add(f.ignoreRate());
        row.add(f.withdrawalRate());
        return row;
    }
}
