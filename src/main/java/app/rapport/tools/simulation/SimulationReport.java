package app.rapport.tools.simulation;

import java.time.Instant;

/**
 * What a simulation did.
 *
 * @param days         simulated days
 * @param seed         the seed
 * @param from         simulated start
 * @param to           simulated end (the real time when it started)
 * @param visits       suggestion lists opened
 * @param shown        suggestions shown (impressions)
 * @param sent         invitations sent
 * @param refused      invitations the rules refused
 * @param accepted     accepted during the simulation
 * @param ignored      ignored during the simulation
 * @param withdrawn    withdrawn during the simulation
 * @param pendingAtEnd still pending at the end
 * @param activeMembers members who opened their suggestions at least once
 */
public record SimulationReport(int days, long seed, Instant from, Instant to, long visits, long shown, long sent, long refused,
        long accepted, long ignored, long withdrawn, long pendingAtEnd, long activeMembers) {

    static final class Counter {
        long visits;
        long shown;
        long sent;
        long refused;
        long accepted;
        long ignored;
        long withdrawn;
        long leftPending;
        long pendingAtEnd;
        final java.util.Set<String> active = new java.util.HashSet<>();

        SimulationReport report(int days, long seed, Instant from, Instant to) {
            return new SimulationReport(days, seed, from, to, visits, shown, sent, refused, accepted, ignored, withdrawn,
                    pendingAtEnd, active.size());
        }
    }
}
