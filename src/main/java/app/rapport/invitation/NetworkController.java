package app.rapport.invitation;

import java.net.URI;
import java.security.Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.rapport.member.MemberIds;

/** A member's view of their network: relationship state on a profile, the badge, welcome messages. */
@RestController
class NetworkController {

    private final Relationships relationships;
    private final NetworkBadge badge;
    private final WelcomeMessages messages;

    NetworkController(Relationships relationships, NetworkBadge badge, WelcomeMessages messages) {
        this.relationships = relationships;
        this.badge = badge;
        this.messages = messages;
    }

    @GetMapping("/api/members/{id}/relationship")
    @PreAuthorize("#id == authentication.name")
    Relationship relationship(@PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String id,
            @RequestParam("with") @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String with) {
        return relationships.between(id, with);
    }

    @GetMapping("/api/members/{id}/network/badge")
    @PreAuthorize("#id == authentication.name")
    NetworkBadge.Badge badge(@PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String id) {
        return badge.of(id);
    }

    @PostMapping("/api/members/{id}/network/badge/seen")
    @PreAuthorize("#id == authentication.name")
    NetworkBadge.Badge seen(@PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String id) {
        return badge.markSeen(id);
    }

    @PostMapping("/api/messages")
    ResponseEntity<WelcomeMessages.Message> message(@RequestBody @Valid WelcomeMessages.SendMessage request, Principal caller) {
        WelcomeMessages.Message sent = messages.send(caller.getName(), request);
        return ResponseEntity.created(URI.create("/api/messages/" + sent.id())).body(sent);
    }
}
