package app.rapport.tools.simulation;

import java.time.Duration;
import java.util.Random;

import app.rapport.note.NoteKind;

/**
 * The behaviour model of the simulation, kept in one place so it can be read and tuned: who is active,
 * whom they invite, with which note, and how recipients and senders react. All draws come from the one
 * seeded {@link Random}, in a fixed order, so a seed always gives the same activity on the same graph.
 */
final class SimulationPlan {

    /** Share of members who open their suggestions on a given day. */
    static final double DAILY_ACTIVE = 0.06;
    /** Suggestions shown per visit. */
    static final int SHOWN = 10;
    /** Chance of an invitation to someone found on a profile (not a suggestion) per visit. */
    static final double PROFILE_INVITE = 0.15;
    /** Chance a recipient ever answers; the others leave it pending (and some senders withdraw). */
    static final double ANSWERS = 0.85;
    static final double WITHDRAWS_UNANSWERED = 0.5;
    static final Duration MEAN_ANSWER_DELAY = Duration.ofHours(36);

    private final Random random;
    /**
     * Who visits when has its own stream: two runs on the same seed whose suggestions differ (the learning loop's
     * arms) still see the same members visit at the same times, so their difference is the ranking's.
     */
    private final Random visits;

    SimulationPlan(long seed) {
        this.random = new Random(seed);
        this.visits = new Random(seed ^ 0x5DEECE66DL);
    }

    boolean active() {
        return visits.nextDouble() < DAILY_ACTIVE;
    }

    /** A moment during the waking part of the day (07:00–23:00), as an offset from midnight. */
    Duration timeOfDay() {
        return Duration.ofMinutes(7 * 60 + visits.nextInt(16 * 60));
    }

    /** Higher-ranked suggestions are invited more often. */
    boolean invitesSuggestion(int rank) {
        return random.nextDouble() < 0.3 / Math.sqrt(rank);
    }

    boolean invitesFromProfile() {
        return random.nextDouble() < PROFILE_INVITE;
    }

    int pick(int size) {
        return random.nextInt(size);
    }

    NoteKind noteKind() {
        double d = random.nextDouble();
        if (d < 0.35) {
            return NoteKind.NONE;
        }
        if (d < 0.70) {
            return NoteKind.DRAFTED;
        }
        return d < 0.85 ? NoteKind.EDITED : NoteKind.OWN;
    }

    /**
     * Acceptance probability: a logistic model rising with mutual connections, shared interests and a
     * note (a personal one more than a draft sent as is; a friendly draft more than a formal or brief one).
     */
    static double acceptance(int mutuals, int sharedInterests, NoteKind note, String tone) {
        double z = -1.6 + 0.45 * Math.min(mutuals, 8) + 0.3 * Math.min(sharedInterests, 4) + noteBoost(note) + toneBoost(tone);
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * What the tone of the draft a note came from adds to the log-odds: an assumption of this model, like the note
     * boosts, that a brief or formal draft reads less personal than a friendly one. Friendly, the tone the service
     * offers first unless a note-tone experiment says otherwise, adds nothing, so without such an experiment the
     * model is unchanged; with one the arms differ, which gives the experiment's analytics a real effect to find.
     */
    static double toneBoost(String tone) {
        return tone == null ? 0 : switch (tone) {
            case "professional" -> -0.25;
            case "brief" -> -0.5;
            default -> 0;
        };
    }

    /** What a note adds to the log-odds of accepting: a personal one more than a draft sent as is. */
    static double noteBoost(NoteKind note) {
        return switch (note) {
            case NONE -> 0;
            case DRAFTED -> 0.5;
            case EDITED -> 0.7;
            case OWN -> 0.8;
        };
    }

    /** What happens to a sent invitation, decided when it is sent ({@code acceptance}: the recipient's chance to accept). */
    Fate fate(double acceptance) {
        if (random.nextDouble() < ANSWERS) {
            long minutes = 10 + (long) (-Math.log(1 - random.nextDouble()) * MEAN_ANSWER_DELAY.toMinutes());
            boolean accepts = random.nextDouble() < acceptance;
            return new Fate(accepts ? Fate.Kind.ACCEPT : Fate.Kind.IGNORE, Duration.ofMinutes(minutes));
        }
        if (random.nextDouble() < WITHDRAWS_UNANSWERED) {
            return new Fate(Fate.Kind.WITHDRAW, Duration.ofDays(5).plusMinutes(random.nextInt(20 * 24 * 60)));
        }
        return new Fate(Fate.Kind.STAY_PENDING, Duration.ZERO);
    }

    record Fate(Kind kind, Duration after) {
        enum Kind { ACCEPT, IGNORE, WITHDRAW, STAY_PENDING }
    }
}
