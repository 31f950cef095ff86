package app.rapport.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Member profiles: {@code PUT/GET /api/members/{id}}. */
@RestController
@RequestMapping("/api/members")
class MemberController {

    private final MemberService members;
    private final ProfileCache profiles;

    MemberController(MemberService members, ProfileCache profiles) {
        this.members = members;
        this.profiles = profiles;
    }

    @PutMapping("/{id}")
    @PreAuthorize("#id == authentication.name or hasRole('ADMIN')")
    ResponseEntity<MemberProfile> put(@PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String id,
            @RequestBody @Valid MemberRequest request, Authentication caller) {
        boolean admin = caller.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        boolean created = members.upsert(id, request, admin);
        MemberProfile profile = profiles.find(id).orElseThrow();
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(profile);
    }

    @GetMapping("/{id}")
    MemberProfile get(@PathVariable @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String id) {
        return profiles.find(id).orElseThrow(() -> new MemberNotFoundException(id));
    }
}
