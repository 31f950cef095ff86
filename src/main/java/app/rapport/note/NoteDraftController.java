package app.rapport.note;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.rapport.config.RapportProperties;
import app.rapport.member.MemberIds;

/**
 * {@code GET /api/members/{id}/note-drafts?to=} and {@code GET /api/members/{id}/welcome-draft?to=}:
 * drafts for the caller only. Texts are plain text (JSON encoding keeps them safe); {@code html} is the
 * same text HTML-escaped for pages that show it.
 */
@RestController
@RequestMapping("/api/members/{id}")
class NoteDraftController {

    private final NoteDrafts drafts;
    private final int limit;

    NoteDraftController(NoteDrafts drafts, RapportProperties properties) {
        this.drafts = drafts;
        this.limit = properties.noteLimit();
    }

    /** One draft as the API shows it. */
    record DraftView(String tone, String text, String html) {
        static DraftView of(NoteDraft draft) {
            return new DraftView(draft.tone(), draft.text(), draft.html());
        }
    }

    /** The drafts for a connection request, one per tone. */
    record NoteDraftsResponse(String from, String to, int limit, List<DraftView> drafts) {
    }

    /** The welcome message draft for a new connection. */
    record WelcomeDraftResponse(String from, String to, int limit, DraftView draft) {
    }

    @GetMapping("/note-drafts")
    @PreAuthorize("#id == authentication.name")
    NoteDraftsResponse noteDrafts(@PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String id,
            @RequestParam @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String to) {
        requireOther(id, to);
        return new NoteDraftsResponse(id, to, limit, drafts.drafts(id, to).stream().map(DraftView::of).toList());
    }

    @GetMapping("/welcome-draft")
    @PreAuthorize("#id == authentication.name")
    WelcomeDraftResponse welcomeDraft(@PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String id,
            @RequestParam @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String to) {
        requireOther(id, to);
        NoteDraft welcome = drafts.welcomeToConnection(id, to).orElseThrow(() -> problem(HttpStatus.CONFLICT,
                "'" + id + "' and '" + to + "' are not connected; a welcome message follows an accepted invitation", null));
        return new WelcomeDraftResponse(id, to, limit, DraftView.of(welcome));
    }

    private static void requireOther(String id, String to) {
        if (id.equals(to)) {
            throw problem(HttpStatus.BAD_REQUEST, "Invalid request: to: must be another member, not the caller",
                    Map.of("field", "to", "message", "must be another member, not the caller"));
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String detail, Map<String, String> error) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (error != null) {
            problem.setProperty("errors", List.of(error));
        }
        return new ErrorResponseException(status, problem, null);
    }
}
