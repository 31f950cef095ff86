package app.rapport.analytics;

/**
 * Acceptance figures of one group of invitations (all sent in the window; status as of now). Every rate
 * comes with the counts behind it; a rate whose denominator is 0 is null.
 *
 * @param group                  the group's label (e.g. {@code DRAFTED}, {@code 2-4}, a cohort's Monday, a member id)
 * @param label                  a readable name where the group has one (a sender's name), else null
 * @param sent                   invitations sent in the window
 * @param accepted               of those, accepted
 * @param ignored                of those, ignored by the recipient
 * @param withdrawn              of those, withdrawn by the sender
 * @param pending                of those, still pending (the backlog)
 * @param answered               accepted + ignored (answered by the recipient)
 * @param acceptanceRate         accepted / sent
 * @param answeredAcceptanceRate accepted / answered
 * @param ignoreRate             ignored / sent
 * @param withdrawalRate         withdrawn / sent
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
public record AcceptanceFigures(String group, String label, long sent, long accepted, long ignored, long withdrawn,
        long pending, long answered, Double acceptanceRate, Double answeredAcceptanceRate, Double ignoreRate,
        Double withdrawalRate) {

    static AcceptanceFigures of(String group, String label, long accepted, long ignored, long withdrawn, long pending) {
        long sent = accepted + ignored + withdrawn + pending;
        long answered = accepted + ignored;
        return new AcceptanceFigures(group, label, sent, accepted, ignored, withdrawn, pending, answered,
                Rates.of(accepted, sent), Rates.of(accepted, answered), Rates.of(ignored, sent), Rates.of(withdrawn, sent));
    }

    static AcceptanceFigures empty(String group) {
        return of(group, null, 0, 0, 0, 0);
    }
}
