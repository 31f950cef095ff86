package app.rapport.suggestion;

import java.util.List;

/** The body of {@code GET /api/members/{id}/suggestions}. */
record SuggestionList(String memberId, List<Suggestion> suggestions) {
}
