package app.rapport.tools.simulation;

import java.util.List;
import java.util.Optional;

import app.rapport.invitation.InvitationException;
import app.rapport.invitation.InvitationSource;
import app.rapport.invitation.InvitationStatus;
import app.rapport.invitation.InvitationView;
import app.rapport.invitation.Invitations;
import app.rapport.invitation.SendInvitation;
import app.rapport.note.NoteKind;
import app.rapport.suggestion.Suggestions;

/**
 * The simulation acting through the same services as the API: {@link Suggestions} for whom to invite
 * (recording impressions), {@link Invitations} for the whole
 * lifecycle (its rules, note classification, connection events), with {@code simulated = true}. A refusal
 * by the rules is part of realistic activity, so it is counted, not an error.
 */
class ServiceActivity implements ActivityPort {

    private final Invitations invitations;
    private final Suggestions suggestions;

    ServiceActivity(Invitations invitations, Suggestions suggestions) {
        this.invitations = invitations;
        this.suggestions = suggestions;
    }

    @Override
    public List<Candidate> suggest(String memberId, int limit) {
        // The same suggestion code as the API; impressions are recorded and marked simulated.
        return suggestions.suggest(memberId, limit, true, true).stream()
                .map(s -> new Candidate(s.memberId(), s.rank(), s.mutualConnectionCount(), s.sharedInterests().size(), s.reasons()))
                .toList();
    }

    /** The note kind is classified by the invitation service from the text, as for a real member. */
    @Override
    public Optional<Sent> invite(String fromId, String toId, String note, NoteKind intendedKind, Candidate candidate) {
        SendInvitation request = new SendInvitation(toId, note,
                candidate == null ? InvitationSource.PROFILE : InvitationSource.SUGGESTION,
                candidate == null ? null : candidate.rank());
        try {
            InvitationView view = invitations.send(fromId, request, true);
            // Inviting someone who had already invited you accepts theirs: no new invitation to follow.
            if (!view.from().equals(fromId) || view.status() != InvitationStatus.PENDING) {
                return view.status() == InvitationStatus.ACCEPTED
                        ? Optional.of(new Sent(view.id(), view.mutualConnections(), true)) : Optional.empty();
            }
            return Optional.of(new Sent(view.id(), view.mutualConnections(), false));
        } catch (InvitationException refused) {
            return Optional.empty();
        }
    }

    @Override
    public boolean accept(String recipientId, String invitationId) {
        try {
            invitations.accept(recipientId, invitationId);
            return true;
        } catch (InvitationException alreadyAnswered) {
            return false;
        }
    }

    @Override
    public boolean ignore(String recipientId, String invitationId) {
        try {
            invitations.ignore(recipientId, invitationId);
            return true;
        } catch (InvitationException alreadyAnswered) {
            return false;
        }
    }

    @Override
    public boolean withdraw(String senderId, String invitationId) {
        try {
            invitations.withdraw(senderId, invitationId);
            return true;
        } catch (InvitationException alreadyAnswered) {
            return false;
        }
    }
}
