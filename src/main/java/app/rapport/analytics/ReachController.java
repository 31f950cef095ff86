package app.rapport.analytics;

import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.rapport.member.MemberIds;

/** {@code GET /api/members/{id}/reach}: the member themself or an analyst. */
@RestController
class ReachController {

    private final ReachAnalytics reach;

    ReachController(ReachAnalytics reach) {
        this.reach = reach;
    }

    @GetMapping({"/api/members/{id}/reach", "/dashboard/api/members/{id}/reach"})
    @PreAuthorize("#id == authentication.name or hasRole('ANALYST')")
    ResponseEntity<?> reach(@PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String id,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return CsvResponses.respond(accept, reach.reach(id), "reach");
    }
}
