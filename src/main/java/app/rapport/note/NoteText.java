package app.rapport.note;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.text.WordUtils;

/**
 * The small text rules drafts share: cleaning profile fields, shortening them at a word boundary, lists
 * with "and", and cutting a whole note to the limit without a broken word or a dangling "and".
 */
final class NoteText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200D]]");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final String TRAILING_PUNCTUATION = ",;:-–—(&/";
    /** Words a cut note must not end on: they promise more. */
    private static final Set<String> DANGLING = Set.of("and", "or", "but", "with", "of", "in", "at", "to", "the",
            "a", "an", "on", "for", "as", "including", "we", "we're", "both", "that", "our", "your", "my", "is",
            "are", "have", "i", "i'd", "i'm");
    static final String ELLIPSIS = "…";

    private NoteText() {
    }

    /** NFC, no control characters, blanks collapsed, trimmed; null when nothing is left. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String cleaned = BLANKS.matcher(CONTROL.matcher(nfc).replaceAll(" ")).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * A cleaned field no longer than {@code max}: shortened at a word boundary with an ellipsis, or null
     * when its first word alone is too long (a field is dropped rather than broken mid-word).
     */
    static String field(String text, int max) {
        String cleaned = clean(text);
        if (cleaned == null || cleaned.length() <= max) {
            return cleaned;
        }
        String head = firstLine(WordUtils.wrap(cleaned, max - ELLIPSIS.length(), "\n", false));
        if (head.length() > max - ELLIPSIS.length()) {
            return null;
        }
        String tidy = tidy(head);
        return tidy.isEmpty() ? null : tidy + ELLIPSIS;
    }

    /** "A", "A and B", "A, B and C". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Clauses that may hold lists themselves: "X", "X, and Y", "X, Y, and Z". */
    static String clauses(List<String> clauses) {
        if (clauses.size() <= 1) {
            return clauses.isEmpty() ? "" : clauses.get(0);
        }
        return String.join(", ", clauses.subList(0, clauses.size() - 1)) + ", and " + clauses.get(clauses.size() - 1);
    }

    /** Up to {@code max} cleaned, shortened, distinct entries, order kept. */
    static List<String> fields(List<String> items, int maxLength, int max) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            String f = field(item, maxLength);
            if (f != null && !out.contains(f) && out.size() < max) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The note cut to {@code limit}: at the last sentence end when that keeps at least half of it, else at
     * the last word boundary (with an ellipsis), never inside a word or a character; no dangling words.
     */
    static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = lastBoundary(BreakIterator.getSentenceInstance(Locale.ROOT), text, limit);
        if (end > 0 && end >= limit / 2) {
            String kept = text.substring(0, end).strip();
            if (kept.length() <= limit) {
                return kept;
            }
        }
        int room = limit - ELLIPSIS.length();
        if (room > 0) {
            String words = firstLine(WordUtils.wrap(text, room, "\n", false));
            String head = tidy(words);
            if (words.length() <= room && !words.isBlank()) {
                // Whole words even if they dangle, when nothing else is left, rather than a broken word.
                return (head.isEmpty() ? words.strip() : head) + ELLIPSIS;
            }
        }
        // One word longer than the whole limit (e.g. a script written without spaces): cut between characters.
        return text.substring(0, lastBoundary(BreakIterator.getCharacterInstance(Locale.ROOT), text, Math.max(1, room)));
    }

    /**
     * The last boundary at or before {@code max}. Walks forward: the JDK's {@code preceding} can answer an
     * offset that is no boundary when the text holds characters outside the BMP (emoji).
     */
    private static int lastBoundary(BreakIterator boundaries, String text, int max) {
        boundaries.setText(text);
        int last = 0;
        for (int b = boundaries.first(); b != BreakIterator.DONE && b <= max; b = boundaries.next()) {
            last = b;
        }
        return last;
    }

    /** Drops trailing blanks, list punctuation and words that promise more ("and", "with", …). */
    static String tidy(String text) {
        String s = text;
        while (true) {
            String before = s;
            s = s.stripTrailing();
            while (!s.isEmpty() && TRAILING_PUNCTUATION.indexOf(s.charAt(s.length() - 1)) >= 0) {
                s = s.substring(0, s.length() - 1).stripTrailing();
            }
            int space = s.lastIndexOf(' ');
            String last = s.substring(space + 1).toLowerCase(Locale.ROOT);
            if (DANGLING.contains(last)) {
                s = space < 0 ? "" : s.substring(0, space);
            }
            if (s.equals(before)) {
                return s;
            }
        }
    }

    private static String firstLine(String wrapped) {
        int newline = wrapped.indexOf('\n');
        return newline < 0 ? wrapped : wrapped.substring(0, newline);
    }
}
