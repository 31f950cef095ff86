package app.rapport.note;

import org.apache.commons.text.StringEscapeUtils;

/** One drafted note: its tone (e.g. friendly, professional, brief) and its text (plain text, never HTML). */
public record NoteDraft(String tone, String text) {

    /** The text HTML-escaped, for wherever a draft is shown inside an HTML page. */
    String html() {
        return StringEscapeUtils.escapeHtml4(text);
    }
}
