package app.rapport.invitation;

import java.net.URI;
import java.security.Principal;
import java.util.Collection;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/**
 * {@code POST /api/invitations} (sender = caller), answering ({@code accept}, {@code ignore}: the
 * recipient only; {@code withdraw}: the sender only) and listing one's own invitations.
 */
@RestController
class InvitationController {

    private final Invitations invitations;
    private final InvitationStore store;

    InvitationController(Invitations invitations, InvitationStore store) {
        this.invitations = invitations;
        this.store = store;
    }

    /** 201 with the new invitation, or 200 with the recipient's own invitation when it was accepted instead. */
    @PostMapping("/api/invitations")
    ResponseEntity<InvitationView> send(@RequestBody @Valid SendInvitation request, Principal caller) {
        InvitationView view = invitations.send(caller.getName(), request);
        if (view.status() == InvitationStatus.PENDING) {
            return ResponseEntity.created(URI.create("/api/invitations/" + view.id())).body(view);
        }
        // The caller accepted the other member's invitation instead: they see it as its recipient.
        return ResponseEntity.ok(view.forRecipient());
    }

    @PostMapping("/api/invitations/{invitationId}/accept")
    InvitationView accept(@PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String invitationId,
            Principal caller) {
        return invitations.accept(caller.getName(), invitationId).forRecipient();
    }

    @PostMapping("/api/invitations/{invitationId}/ignore")
    InvitationView ignore(@PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String invitationId,
            Principal caller) {
        return invitations.ignore(caller.getName(), invitationId).forRecipient();
    }

    @PostMapping("/api/invitations/{invitationId}/withdraw")
    InvitationView withdraw(@PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String invitationId,
            Principal caller) {
        return invitations.withdraw(caller.getName(), invitationId);
    }

    /**
     * Own invitations, newest first: {@code direction} received (default) or sent, {@code status} any by default. Sent
     * ones as their sender sees them (never IGNORED), received ones without the sender's analytics fields.
     */
    @GetMapping("/api/members/{id}/invitations")
    @PreAuthorize("#id == authentication.name")
    Collection<InvitationView> list(@PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String id,
            @RequestParam(defaultValue = "received") @Pattern(regexp = "(?i)received|sent", message = "must be received or sent") String direction,
            @RequestParam(required = false) @Pattern(regexp = "(?i)PENDING|ACCEPTED|IGNORED|WITHDRAWN",
                    message = "must be PENDING, ACCEPTED, IGNORED or WITHDRAWN") String status,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        InvitationStatus wanted = status == null ? null : InvitationStatus.valueOf(status.toUpperCase(Locale.ROOT));
        boolean received = direction.equalsIgnoreCase("received");
        Collection<InvitationView> list = store.list(id, received, wanted, limit);
        return received ? list.stream().map(InvitationView::forRecipient).toList() : list;
    }
}
