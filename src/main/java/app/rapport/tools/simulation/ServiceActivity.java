package app.rapport.tools.simulation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;

import app.rapport.invitation.InvitationException;
import app.rapport.invitation.InvitationSource;
import app.rapport.invitation.InvitationStatus;
import app.rapport.invitation.InvitationView;
import app.rapport.invitation.Invitations;
import app.rapport.invitation.SendInvitation;
import app.rapport.note.NoteDraft;
import app.rapport.note.NoteDrafts;
import app.rapport.note.NoteKind;
import app.rapport.suggestion.Suggestions;

/**
 * The simulation acting through the same services as the API: {@link Suggestions} for whom to invite
 * (recording impressions), {@link NoteDrafts} for the notes, {@link Invitations} for the whole
 * lifecycle (its rules, note classification, connection events), with {@code simulated = true}. A refusal
 * by the rules is part of realistic activity, so it is counted, not an error.
 */
record ServiceActivity(Invitations invitations, Suggestions suggestions, NoteDrafts drafts, Neo4jClient neo4j)
        implements ActivityPort {

    @Override
    public List<String> members() {
        return neo4j.query("MATCH (m:Member) RETURN m.id AS id ORDER BY id").fetchAs(String.class)
                .mappedBy((t, r) -> r.get("id").asString()).all().stream().toList();
    }

    @Override
    public Optional<NoteDraft> draft(String fromId, String toId) {
        return drafts.drafts(fromId, toId).stream().findFirst();
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
        return answered(() -> invitations.accept(recipientId, invitationId));
    }

    @Override
    public boolean ignore(String recipientId, String invitationId) {
        return answered(() -> invitations.ignore(recipientId, invitationId));
    }

    @Override
    public boolean withdraw(String senderId, String invitationId) {
        return answered(() -> invitations.withdraw(senderId, invitationId));
    }

    /** False when the invitation was answered (or withdrawn) in the meantime: the rules refused the step. */
    private static boolean answered(Runnable step) {
        try {
            step.run();
            return true;
        } catch (InvitationException alreadyAnswered) {
            return false;
        }
    }
}
