package app.rapport.note;

import java.util.List;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.springframework.stereotype.Service;

/**
 * Drafts personal connection notes and tells, for a sent note, whether it was a draft as is, an edited
 * draft or the sender's own words.
 */
@Service
public class NoteDrafts {

    /** Drafts for a request from {@code fromId} to {@code toId}, one per tone. */
    public List<NoteDraft> drafts(String fromId, String toId) {
        return List.of();
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
}
