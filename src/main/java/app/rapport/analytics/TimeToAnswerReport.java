package app.rapport.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code GET /api/analytics/time-to-answer}: how long recipients took to answer (accept or ignore) the
 * invitations sent in the window; withdrawn and pending invitations are not answers and are left out.
 *
 * @param window  the days covered
 * @param overall all answers
 * @param byAnswer accepted and ignored separately
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TimeToAnswerReport(AnalyticsWindow window, Figures overall, List<Figures> byAnswer) implements CsvTable.Windowed {

    /**
     * @param answer      ALL, ACCEPTED or IGNORED
     * @param answered    how many answers the figures are over
     * @param medianHours median time to answer, in hours (null without answers)
     * @param p90Hours    90th percentile, in hours (null without answers)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Figures(String answer, long answered, Double medianHours, Double p90Hours) {
    }

    @Override
    public List<String> columns() {
        return List.of("answer", "answered", "medianHours", "p90Hours");
    }

    @Override
    public List<List<Object>> rows() {
        List<Figures> all = new ArrayList<>();
        all.add(overall);
        all.addAll(byAnswer);
        return all.stream().map(f -> Arrays.<Object>asList(f.answer(), f.answered(), f.medianHours(), f.p90Hours())).toList();
    }
}
