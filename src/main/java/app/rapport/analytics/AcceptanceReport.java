package app.rapport.analytics;

import java.util.ArrayList;
import java.util.Arrays;
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
        List<AcceptanceFigures> groups) implements CsvTable.Windowed {

    @Override
    public List<String> columns() {
        return List.of("by", "group", "label", "sent", "accepted", "ignored", "withdrawn", "pending",
                "answered", "acceptanceRate", "answeredAcceptanceRate", "ignoreRate", "withdrawalRate");
    }

    @Override
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("all", overall));
        groups.forEach(g -> rows.add(row(by, g)));
        return rows;
    }

    private static List<Object> row(String split, AcceptanceFigures f) {
        return Arrays.asList(split, f.group(), f.label(), f.sent(), f.accepted(), f.ignored(), f.withdrawn(), f.pending(),
                f.answered(), f.acceptanceRate(), f.answeredAcceptanceRate(), f.ignoreRate(), f.withdrawalRate());
    }
}
