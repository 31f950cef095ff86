package app.rapport.tools.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.neo4j.driver.Driver;

import app.rapport.config.Cypher;
import app.rapport.experiment.Assignment;
import app.rapport.experiment.Experiment;
import app.rapport.importer.Progress;
import app.rapport.invitation.ReasonCode;
import app.rapport.tools.cli.Options;

/**
 * Tops the graph up to a number of invitations (and twice as many impressions) for the analytics
 * benchmark: written in bulk, seeded, with realistic field mixes, marked {@code simulated: true}. The
 * {@code simulate} command makes realistic activity but goes through the lifecycle one event at a time;
 * this is only load for timing the reads.
 */
final class BenchFixture {

    private static final List<String> REASONS = Arrays.stream(ReasonCode.values()).map(ReasonCode::name).toList();
    private static final List<String> NOTE_KINDS = List.of("NONE", "DRAFTED", "EDITED", "OWN");

    private BenchFixture() {
    }

    /** Every member id, in id order. */
    static List<String> members(Driver driver) {
        return driver.executableQuery("MATCH (m:Member) RETURN m.id AS id ORDER BY id").execute().records().stream()
                .map(r -> r.get("id").asString()).toList();
    }

    static long invitations(Driver driver) {
        return driver.executableQuery("MATCH (i:Invitation) RETURN count(i) AS n").execute().records().get(0).get("n").asLong();
    }

    /**
     * Adds invitations until there are {@code wanted}; returns how many it added. While {@code experiment} (may be
     * null) runs, invitations from suggestions name their sender's arm and impressions carry it, as served ones do.
     */
    static long ensureInvitations(Driver driver, Clock clock, long wanted, long seed, Experiment experiment, int batch,
            Options.ProgressBars progress) {
        List<String> members = members(driver);
        long existing = invitations(driver);
        long missing = wanted - existing;
        if (missing <= 0 || members.size() < 2) {
            return 0;
        }
        Random random = new Random(seed);
        ZonedDateTime now = ZonedDateTime.now(clock);
        try (Progress bar = progress.bar("bench invitations", missing); var session = driver.session()) {
            // Ids count on from the invitations already there, so a top-up after an interrupted one never repeats an id.
            // One UNWIND per batch of invitations, their impressions (twice as many rows) in a transaction of their own.
            // Not larger: every index seek of a transaction (the unique checks, MERGE's lookup) also searches what
            // the transaction itself added, so very large transactions slow down per row.
            for (long done = 0; done < missing; done += batch) {
                int size = (int) Math.min(batch, missing - done);
                List<Map<String, Object>> invitations = new ArrayList<>(size);
                List<Map<String, Object>> impressions = new ArrayList<>(2 * size);
                for (int i = 0; i < size; i++) {
                    invitations.add(invitation(random, members, now, existing + done + i, experiment, impressions));
                }
                session.executeWrite(tx -> tx.run(Cypher.query("tools/analytics-bench-invitations"), Map.of("rows", invitations)).consume());
                session.executeWrite(tx -> tx.run(Cypher.query("tools/analytics-bench-impressions"), Map.of("rows", impressions)).consume());
                bar.step(size);
            }
        }
        return missing;
    }

    private static Map<String, Object> invitation(Random random, List<String> members, ZonedDateTime now, long n,
            Experiment experiment, List<Map<String, Object>> impressions) {
        int sender = random.nextInt(members.size());
        int recipient = random.nextInt(members.size());
        if (recipient == sender) {
            recipient = (sender + 1) % members.size();
        }
        String from = members.get(sender);
        String to = members.get(recipient);
        ZonedDateTime sent = now.minusMinutes(random.nextInt(180 * 24 * 60));
        int mutuals = (int) Math.min(20, -Math.log(1 - random.nextDouble()) * 2.5);
        boolean suggestion = random.nextDouble() < 0.8;
        String noteKind = NOTE_KINDS.get(random.nextInt(NOTE_KINDS.size()));
        double d = random.nextDouble();
        String status = d < 0.5 ? "ACCEPTED" : d < 0.7 ? "IGNORED" : d < 0.8 ? "WITHDRAWN" : "PENDING";
        Map<String, Object> row = new HashMap<>();
        row.put("id", "bench-" + n + "-" + Long.toHexString(random.nextLong()));
        row.put("from", from);
        row.put("to", to);
        row.put("status", status);
        row.put("noteKind", noteKind);
        row.put("note", "NONE".equals(noteKind) ? null : "Hello, let's connect.");
        row.put("source", suggestion ? "SUGGESTION" : "PROFILE");
        row.put("sentAt", sent);
        row.put("answeredAt", "PENDING".equals(status) ? null
                : sent.plus(Duration.ofMinutes(10 + (long) (-Math.log(1 - random.nextDouble()) * 36 * 60))));
        row.put("rank", suggestion ? 1 + random.nextInt(20) : null);
        List<String> reasons = new ArrayList<>();
        if (suggestion) {
            if (mutuals > 0) reasons.add(REASONS.get(0));
            for (int r = 1; r < REASONS.size(); r++) {
                if (random.nextDouble() < 0.25) reasons.add(REASONS.get(r));
            }
        }
        row.put("reasons", reasons);
        row.put("mutuals", mutuals);
        Assignment arm = experiment == null ? null : experiment.assign(from);
        row.put("arms", arm != null && suggestion && experiment.runningAt(sent.toInstant()) ? List.of(arm.label()) : null);
        for (int k = 0; k < 2; k++) {
            ZonedDateTime shownAt = sent.minusMinutes(random.nextInt(600));
            boolean inExperiment = arm != null && experiment.runningAt(shownAt.toInstant());
            Map<String, Object> impression = new HashMap<>();
            impression.put("member", from);
            impression.put("candidate", k == 0 ? to : members.get(random.nextInt(members.size())));
            impression.put("rank", 1 + random.nextInt(20));
            impression.put("score", random.nextDouble());
            impression.put("reasons", reasons);
            impression.put("shownAt", shownAt);
            impression.put("experiment", inExperiment ? arm.experiment() : null);
            impression.put("arm", inExperiment ? arm.arm() : null);
            impressions.add(impression);
        }
        return row;
    }
}
