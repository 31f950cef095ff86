package app.rapport.invitation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import app.rapport.member.MemberIds;

/**
 * A request to connect (the body of {@code POST /api/invitations}); the sender is the caller. The note's
 * length limit is configuration ({@code rapport.note-limit}), so {@link Invitations} checks it.
 *
 * @param to             the member invited
 * @param note           optional personal note
 * @param source         where "Connect" was pressed
 * @param suggestionRank the suggestion's rank (1 = first) when the source is SUGGESTION
 */
public record SendInvitation(
        @NotNull @Pattern(regexp = MemberIds.PATTERN, message = MemberIds.MESSAGE) String to,
        String note,
        @NotNull InvitationSource source,
        @Min(1) @Max(1000) Integer suggestionRank) {

    @AssertTrue(message = "suggestionRank is only for source SUGGESTION")
    boolean isRankOnlyForSuggestions() {
        return suggestionRank == null || source != InvitationSource.PROFILE;
    }

    /** The note as stored: stripped, null when blank. */
    String cleanNote() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
