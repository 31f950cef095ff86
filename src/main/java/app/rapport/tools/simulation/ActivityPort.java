package app.rapport.tools.simulation;

import java.util.List;

import app.rapport.invitation.ReasonCode;
import java.util.Optional;

import app.rapport.note.NoteDraft;
import app.rapport.note.NoteKind;

/**
 * What the simulation does to the network, as a member would through the API: look at suggestions (which
 * records impressions), send, accept, ignore and withdraw invitations. Everything it writes is marked
 * {@code simulated: true}.
 */
interface ActivityPort {

    /** Every member id, in id order (who may be active). */
    List<String> members();

    /** The first note draft offered for inviting {@code toId}, if any (what a sender would start from), with its tone. */
    Optional<NoteDraft> draft(String fromId, String toId);

    /** The member's suggestions, recorded as shown (simulated impressions). */
    List<Candidate> suggest(String memberId, int limit);

    /**
     * Sends an invitation; empty when the rules refuse it (already connected, pending, ignored before,
     * cool-down, weekly limit…).
     *
     * @param intendedKind the kind of note the simulated sender chose (a service that classifies notes
     *                     itself may ignore it)
     * @param candidate    the suggestion it came from, or null for an invitation from a profile
     */
    Optional<Sent> invite(String fromId, String toId, String note, NoteKind intendedKind, Candidate candidate);

    /** False when the invitation is no longer pending. */
    boolean accept(String recipientId, String invitationId);

    boolean ignore(String recipientId, String invitationId);

    boolean withdraw(String senderId, String invitationId);

    /**
     * A suggested member.
     *
     * @param memberId        who
     * @param rank            1-based position in the list
     * @param mutuals         mutual connections
     * @param sharedInterests shared interests
     * @param reasons         the suggestion's reason codes
     */
    record Candidate(String memberId, int rank, int mutuals, int sharedInterests, List<ReasonCode> reasons) {
    }

    /**
     * A sent invitation: its id and the mutual connections recorded with it; {@code acceptedTheirs} when
     * the recipient had already invited the sender, so sending accepted their invitation instead.
     */
    record Sent(String invitationId, int mutuals, boolean acceptedTheirs) {
    }
}
