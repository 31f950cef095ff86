package app.rapport.note;

/** One drafted note: its tone (e.g. friendly, professional, brief) and its text (plain text, never HTML). */
public record NoteDraft(String tone, String text) {
}
