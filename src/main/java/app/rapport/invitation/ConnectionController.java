package app.rapport.invitation;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.rapport.member.MemberIds;

/** A member's own connections: list them, remove one. */
@RestController
@RequestMapping("/api/members/{id}/connections")
class ConnectionController {

    private final Connections connections;

    ConnectionController(Connections connections) {
        this.connections = connections;
    }

    /** Newest first, one page at a time ({@code offset}, {@code limit}): a hub's list is not sent whole. */
    @GetMapping
    @PreAuthorize("#id == authentication.name")
    List<Connection> list(@PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String id,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int offset,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return connections.of(id, offset, limit);
    }

    @DeleteMapping("/{other}")
    @PreAuthorize("#id == authentication.name")
    ResponseEntity<Void> remove(@PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String id,
            @PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String other) {
        connections.remove(id, other);
        return ResponseEntity.noContent().build();
    }
}
