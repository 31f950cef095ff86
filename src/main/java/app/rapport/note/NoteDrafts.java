package app.rapport.note;

import java.util.List;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.springframework.stereotype.Service;

import app.rapport.config.RapportProperties;
import app.rapport.experiment.ExperimentKind;
import app.rapport.experiment.Experiments;
import app.rapport.member.MemberNotFoundException;
import app.rapport.member.MemberService;

/**
 * Drafts personal connection notes and welcome messages from what two profiles share (design.md §7), and
 * tells, for a sent note, whether it was a draft as is, an edited draft or the sender's own words.
 */
@Service
public class NoteDrafts {

    private final NoteContextReader contexts;
    private final MemberService members;
    private final NoteWriter writer;
    private final Experiments experiments;

    NoteDrafts(NoteContextReader contexts, MemberService members, RapportProperties properties, Experiments experiments) {
        this.experiments = experiments;
        this.contexts = contexts;
        this.members = members;
        this.writer = new NoteWriter(properties.noteLimit());
    }

    /**
     * Drafts for a request from {@code fromId} to {@code toId}, one per tone (friendly, professional,
     * brief), each within the note limit. While a NOTE_TONE experiment runs, the sender's arm's tone comes
     * first (the others keep their order).
     *
     * @throws MemberNotFoundException when either member does not exist
     */
    public List<NoteDraft> drafts(String fromId, String toId) {
        List<NoteDraft> drafts = writer.notes(context(fromId, toId));
        return experiments.arm(ExperimentKind.NOTE_TONE, fromId).map(arm -> firstTone(drafts, arm.arm())).orElse(drafts);
    }

    static List<NoteDraft> firstTone(List<NoteDraft> drafts, String tone) {
        List<NoteDraft> ordered = new java.util.ArrayList<>(drafts.stream().filter(d -> d.tone().equals(tone)).toList());
        drafts.stream().filter(d -> !d.tone().equals(tone)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    /**
     * A welcome message from {@code fromId} (who accepted) to {@code toId}.
     *
     * @throws MemberNotFoundException when either member does not exist
     */
    NoteDraft welcome(String fromId, String toId) {
        return writer.welcome(context(fromId, toId));
    }

    /** The welcome draft, or empty when the two are not connected (a welcome follows an acceptance). */
    Optional<NoteDraft> welcomeToConnection(String fromId, String toId) {
        NoteContext context = context(fromId, toId);
        return context.connected() ? Optional.of(writer.welcome(context)) : Optional.empty();
    }

    /** NONE for no note, DRAFTED for a draft sent unchanged, EDITED when close to a draft, else OWN. */
    public NoteKind classify(String fromId, String toId, String note) {
        if (note == null || note.isBlank()) {
            return NoteKind.NONE;
        }
        String sent = note.strip();
        double best = 0;
        for (NoteDraft draft : drafts(fromId, toId)) {
            if (draft.text().strip().equals(sent)) {
                return NoteKind.DRAFTED;
            }
            best = Math.max(best, similarity(draft.text().strip(), sent));
        }
        return best >= 0.6 ? NoteKind.EDITED : NoteKind.OWN;
    }

    static double similarity(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        if (longest == 0) {
            return 1;
        }
        return 1.0 - (double) LevenshteinDistance.getDefaultInstance().apply(a, b) / longest;
    }

    private NoteContext context(String fromId, String toId) {
        return contexts.read(fromId, toId).orElseThrow(() -> new MemberNotFoundException(
                members.exists(fromId) ? toId : fromId));
    }
}
