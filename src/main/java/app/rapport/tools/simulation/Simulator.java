package app.rapport.tools.simulation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.beans.factory.BeanFactory;

import app.rapport.importer.Progress;
import app.rapport.invitation.Invitations;
import app.rapport.note.NoteDraft;
import app.rapport.note.NoteDrafts;
import app.rapport.note.NoteKind;
import app.rapport.suggestion.Suggestions;

/**
 * Realistic invitation activity over N simulated days ending now: each day some members open their
 * suggestions and invite some of them (or someone from a profile), with a drafted, edited, own or no
 * note; recipients answer after a while, accepting with a probability that rises with mutual connections,
 * shared interests and a note ({@link SimulationPlan}); some never answer and some of those senders
 * withdraw. Events run in time order and time is moved before each, so every write carries its simulated
 * time. Seeded: the same seed on the same graph gives the same activity.
 */
public final class Simulator {

    private final ActivityPort activity;
    private final Clock clock;
    private final AcceptanceModel acceptance;

    Simulator(ActivityPort activity, Clock clock) {
        this(activity, clock, AcceptanceModel.OBSERVABLE);
    }

    Simulator(ActivityPort activity, Clock clock, AcceptanceModel acceptance) {
        this.activity = activity;
        this.clock = clock;
        this.acceptance = acceptance;
    }

    /** A simulator acting through the features' services of {@code context} (the API's code paths). */
    public static Simulator from(BeanFactory context) {
        return from(context, AcceptanceModel.OBSERVABLE);
    }

    /** As {@link #from(BeanFactory)} with another outcome model (the learning loop's hidden truth). */
    static Simulator from(BeanFactory context, AcceptanceModel acceptance) {
        return new Simulator(new ServiceActivity(context.getBean(Invitations.class), context.getBean(Suggestions.class),
                context.getBean(NoteDrafts.class), context.getBean(Neo4jClient.class)), context.getBean(Clock.class), acceptance);
    }

    /** Called at the end of every simulated day with the figures so far (e.g. to retrain the ranker). */
    interface DayEnd {
        DayEnd NONE = (day, soFar) -> {
        };

        /** @param day 0-based day just ended */
        void ended(int day, SimulationReport soFar);
    }

    /**
     * Runs the simulation.
     *
     * @param days    simulated days, ending at the clock's current time
     * @param seed    the random seed
     * @param setTime moves the clock the services read (the simulate command's {@link SimulationClock})
     * @param progress a progress bar over the days (or {@link Progress#NONE})
     */
    public SimulationReport run(int days, long seed, Consumer<Instant> setTime, Progress progress) {
        return run(days, seed, setTime, progress, DayEnd.NONE);
    }

    /** As {@link #run(int, long, Consumer, Progress)}, calling {@code dayEnd} after each day. */
    SimulationReport run(int days, long seed, Consumer<Instant> setTime, Progress progress, DayEnd dayDone) {
        Instant end = clock.instant();
        Instant start = end.minus(Duration.ofDays(days));
        List<String> members = activity.members();
        SimulationPlan plan = new SimulationPlan(seed);
        SimulationReport.Counter counter = new SimulationReport.Counter();
        PriorityQueue<Event> events = new PriorityQueue<>();
        long[] sequence = {0};
        try {
            for (int day = 0; day < days; day++) {
                Instant midnight = start.plus(Duration.ofDays(day));
                for (String member : members) {
                    if (plan.active()) {
                        events.add(new Event(midnight.plus(plan.timeOfDay()), sequence[0]++, Event.Kind.VISIT, member, null, null));
                    }
                }
                Instant dayEnd = midnight.plus(Duration.ofDays(1));
                while (!events.isEmpty() && events.peek().at().isBefore(dayEnd)) {
                    Event event = events.poll();
                    setTime.accept(event.at());
                    handle(event, plan, members, events, sequence, counter);
                }
                counter.pendingAtEnd = pending(events, counter);
                dayDone.ended(day, counter.report(days, seed, start, end));
                progress.step(1);
            }
        } finally {
            setTime.accept(end);
        }
        counter.pendingAtEnd = pending(events, counter);
        return counter.report(days, seed, start, end);
    }

    private static long pending(PriorityQueue<Event> events, SimulationReport.Counter counter) {
        return events.stream().filter(e -> e.kind() != Event.Kind.VISIT).count() + counter.leftPending;
    }

    private void handle(Event event, SimulationPlan plan, List<String> members, PriorityQueue<Event> events, long[] sequence,
            SimulationReport.Counter counter) {
        switch (event.kind()) {
            case VISIT -> visit(event, plan, members, events, sequence, counter);
            case ACCEPT -> counter.accepted += activity.accept(event.other(), event.invitation()) ? 1 : 0;
            case IGNORE -> counter.ignored += activity.ignore(event.other(), event.invitation()) ? 1 : 0;
            case WITHDRAW -> counter.withdrawn += activity.withdraw(event.member(), event.invitation()) ? 1 : 0;
        }
    }

    private void visit(Event event, SimulationPlan plan, List<String> members, PriorityQueue<Event> events, long[] sequence,
            SimulationReport.Counter counter) {
        counter.visits++;
        counter.active.add(event.member());
        List<ActivityPort.Candidate> shown = activity.suggest(event.member(), SimulationPlan.SHOWN);
        counter.shown += shown.size();
        for (ActivityPort.Candidate candidate : shown) {
            if (plan.invitesSuggestion(candidate.rank())) {
                send(event, candidate.memberId(), candidate, plan, events, sequence, counter);
            }
        }
        if (plan.invitesFromProfile() && members.size() > 1) {
            String other = members.get(plan.pick(members.size()));
            if (!other.equals(event.member())) {
                send(event, other, null, plan, events, sequence, counter);
            }
        }
    }

    private void send(Event event, String to, ActivityPort.Candidate candidate, SimulationPlan plan, PriorityQueue<Event> events,
            long[] sequence, SimulationReport.Counter counter) {
        NoteKind kind = plan.noteKind();
        Note note = note(event.member(), to, kind);
        Optional<ActivityPort.Sent> sent = activity.invite(event.member(), to, note.text(), kind, candidate);
        if (sent.isEmpty()) {
            counter.refused++;
            return;
        }
        if (sent.get().acceptedTheirs()) {
            counter.accepted++;
            return;
        }
        counter.sent++;
        int shared = candidate == null ? 0 : candidate.sharedInterests();
        SimulationPlan.Fate fate = plan.fate(acceptance.probability(event.member(), to, sent.get().mutuals(), shared, kind, note.tone()));
        Event.Kind next = switch (fate.kind()) {
            case ACCEPT -> Event.Kind.ACCEPT;
            case IGNORE -> Event.Kind.IGNORE;
            case WITHDRAW -> Event.Kind.WITHDRAW;
            case STAY_PENDING -> null;
        };
        if (next == null) {
            counter.leftPending++;
        } else {
            events.add(new Event(event.at().plus(fate.after()), sequence[0]++, next, event.member(), to, sent.get().invitationId()));
        }
    }

    /** A note's text and the tone of the draft it came from (null when it came from none). */
    private record Note(String text, String tone) {
    }

    /** A drafted note as offered, a draft with a line added, the sender's own words, or none. */
    private Note note(String from, String to, NoteKind kind) {
        if (kind == NoteKind.NONE) {
            return new Note(null, null);
        }
        Optional<NoteDraft> offered = activity.draft(from, to);
        String draft = offered.map(NoteDraft::text).orElse("Hi, I'd like to add you to my professional network.");
        String tone = offered.map(NoteDraft::tone).orElse(null);
        return switch (kind) {
            case DRAFTED -> new Note(draft, tone);
            case EDITED -> new Note(draft.length() > 260 ? draft.substring(0, 260) + " Cheers!" : draft + " Cheers!", tone);
            default -> new Note("Hello! We seem to move in the same circles; would be great to stay in touch.", null);
        };
    }

    /** Something that happens at a simulated instant; the sequence number keeps equal instants in order. */
    record Event(Instant at, long sequence, Kind kind, String member, String other, String invitation) implements Comparable<Event> {
        enum Kind { VISIT, ACCEPT, IGNORE, WITHDRAW }

        @Override
        public int compareTo(Event o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }
}
