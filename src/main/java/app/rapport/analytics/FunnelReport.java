package app.rapport.analytics;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code GET /api/analytics/funnel}: suggestions shown → invitations sent from suggestions → accepted, in
 * the window (impressions by the day shown, invitations by the day sent, status as of now).
 *
 * @param window                  the days covered
 * @param shown                   suggestion impressions recorded
 * @param pairsShown              distinct (member, candidate) pairs among them: from the daily HyperLogLog
 *                                sketches, an estimate (see {@code pairsShownError}); exact from a scan
 * @param sentFromSuggestions     invitations sent with source SUGGESTION
 * @param acceptedFromSuggestions of those, accepted
 * @param sent                    all invitations sent (any source), for context
 * @param accepted                of all those, accepted
 * @param stages                  the three funnel stages with the conversion from the stage before
 * @param pairsShownError         the relative standard error of {@code pairsShown} (one standard deviation:
 *                                about 0.016 for large counts, so 95 % of answers are within 3.3 %; near 0 for a
 *                                few hundred pairs); 0 when they were counted exactly
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FunnelReport(AnalyticsWindow window, long shown, long pairsShown, long sentFromSuggestions,
        long acceptedFromSuggestions, long sent, long accepted, List<Stage> stages, double pairsShownError) implements CsvTable.Windowed {

    /**
     * @param stage            shown, sent or accepted
     * @param count            how many reached this stage
     * @param fromPrevious     count / previous stage's count (null for the first stage or a 0 denominator)
     * @param fromShown        count / shown (null when nothing was shown)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Stage(String stage, long count, Double fromPrevious, Double fromShown) {
    }

    static FunnelReport of(AnalyticsWindow window, long shown, long pairsShown, double pairsShownError,
            long sentFromSuggestions, long acceptedFromSuggestions, long sent, long accepted) {
        List<Stage> stages = List.of(
                new Stage("shown", shown, null, Rates.of(shown, shown)),
                new Stage("sent", sentFromSuggestions, Rates.of(sentFromSuggestions, shown), Rates.of(sentFromSuggestions, shown)),
                new Stage("accepted", acceptedFromSuggestions, Rates.of(acceptedFromSuggestions, sentFromSuggestions),
                        Rates.of(acceptedFromSuggestions, shown)));
        return new FunnelReport(window, shown, pairsShown, sentFromSuggestions, acceptedFromSuggestions, sent, accepted, stages,
                pairsShownError);
    }

    @Override
    public List<String> columns() {
        return List.of("stage", "count", "fromPrevious", "fromShown");
    }

    @Override
    public List<List<Object>> rows() {
        return stages.stream().map(s -> Arrays.<Object>asList(s.stage(), s.count(), s.fromPrevious(), s.fromShown())).toList();
    }
}
