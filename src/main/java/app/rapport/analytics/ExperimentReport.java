package app.rapport.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-arm figures of one experiment over its whole run, each rate with Wilson's 95 % interval, and every arm
 * against the first (the control) with Newcombe's hybrid score interval of the difference. The CSV has one
 * row per arm.
 *
 * @param daily per arm and UTC day: impressions, invitations sent, accepted (the notebook plots these)
 */
public record ExperimentReport(String name, String kind, Instant start, Instant end, boolean running, List<ArmFigures> arms,
        List<ArmDifference> differences, List<Day> daily) implements CsvTable {

    /**
     * @param membersExposed        RANKER: members shown a list under the arm; NOTE_TONE: members who sent an invitation
     * @param invitationsPerImpression invitations sent from suggestions / impressions (RANKER; null for NOTE_TONE)
     * @param acceptance            accepted / sent
     * @param answeredAcceptance    accepted / answered (accepted + ignored)
     */
    record ArmFigures(String arm, double share, long membersExposed, long impressions, long sent, long accepted, long ignored,
            long answered, Intervals.Rate invitationsPerImpression, Intervals.Rate acceptance, Intervals.Rate answeredAcceptance) {
    }

    /** {@code arm − control} for each rate. */
    record ArmDifference(String arm, String control, Intervals.Difference invitationsPerImpression,
            Intervals.Difference acceptance, Intervals.Difference answeredAcceptance) {
    }

    record Day(LocalDate day, String arm, long impressions, long sent, long accepted) {
    }

    @Override
    public List<String> csvHeader() {
        return List.of("experiment", "kind", "arm", "share", "membersExposed", "impressions", "sent", "accepted", "ignored",
                "answered", "invitationsPerImpression", "invitationsPerImpressionLow", "invitationsPerImpressionHigh",
                "acceptanceRate", "acceptanceRateLow", "acceptanceRateHigh", "answeredAcceptanceRate",
                "answeredAcceptanceRateLow", "answeredAcceptanceRateHigh", "acceptanceDifference", "acceptanceDifferenceLow",
                "acceptanceDifferenceHigh");
    }

    @Override
    public List<List<Object>> csvRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (ArmFigures a : arms) {
            Intervals.Difference d = differences.stream().filter(x -> x.arm().equals(a.arm())).findFirst()
                    .map(ArmDifference::acceptance).orElse(new Intervals.Difference(null, null, null));
            List<Object> row = new ArrayList<>(List.of(name, kind, a.arm(), a.share(), a.membersExposed(), a.impressions(), a.sent(),
                    a.accepted(), a.ignored(), a.answered()));
            addRate(row, a.invitationsPerImpression());
            addRate(row, a.acceptance());
            addRate(row, a.answeredAcceptance());
            row.add(d.value());
            row.add(d.low());
            row.add(d.high());
            rows.add(row);
        }
        return rows;
    }

    private static void addRate(List<Object> row, Intervals.Rate rate) {
        row.add(rate == null ? null : rate.value());
        row.add(rate == null ? null : rate.low());
        row.add(rate == null ? null : rate.high());
    }
}
