package app.rapport.suggestion;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.rapport.member.MemberIds;

/**
 * {@code GET /api/members/{id}/suggestions?limit=20} and {@code POST …/suggestions/{other}/dismiss}; a
 * member reads and dismisses only their own suggestions.
 */
@RestController
@RequestMapping("/api/members/{id}/suggestions")
class SuggestionController {

    private final Suggestions suggestions;

    SuggestionController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping
    @PreAuthorize("#id == authentication.name")
    SuggestionList list(@PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String id,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return new SuggestionList(id, suggestions.suggest(id, limit, true, false));
    }

    @PostMapping("/{other}/dismiss")
    @PreAuthorize("#id == authentication.name")
    ResponseEntity<Void> dismiss(@PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String id,
            @PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String other) {
        if (id.equals(other)) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                    ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "other: a member cannot dismiss themself"), null);
        }
        suggestions.dismiss(id, other);
        return ResponseEntity.noContent().build();
    }
}
