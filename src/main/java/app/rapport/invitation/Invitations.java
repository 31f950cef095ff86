package app.rapport.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import app.rapport.config.RapportProperties;
import app.rapport.experiment.Assignment;
import app.rapport.experiment.ExperimentKind;
import app.rapport.experiment.Experiments;
import app.rapport.invitation.InvitationException.Reason;
import app.rapport.member.MemberIds;
import app.rapport.member.MemberNotFoundException;
import app.rapport.member.MemberService;
import app.rapport.network.ConnectionCreated;
import app.rapport.note.NoteDrafts;

/**
 * The invitation lifecycle (design.md §5): send, accept, ignore, withdraw, with its rules. The API and
 * the {@code simulate} command both go through here. Which transition a pair allows is {@link PairPolicy}'s
 * verdict; every write about a pair runs under the pair's locks ({@link PairTransactions}), so the verdict
 * holds even when requests race. Invitations are never deleted; every transition is stamped with the
 * injected clock.
 */
@Service
public class Invitations {

    private final InvitationStore store;
    private final PairTransactions pairs;
    private final MemberService members;
    private final NoteDrafts notes;
    private final InvitationSettings settings;
    private final PairPolicy policy;
    private final ShownSuggestions shown;
    private final RapportProperties properties;
    private final InvitationMetrics metrics;
    private final Experiments experiments;
    private final Clock clock;

    Invitations(InvitationStore store, PairTransactions pairs, MemberService members, NoteDrafts notes,
            InvitationSettings settings, PairPolicy policy, ShownSuggestions shown, RapportProperties properties,
            InvitationMetrics metrics, Experiments experiments, Clock clock) {
        this.experiments = experiments;
        this.store = store;
        this.pairs = pairs;
        this.members = members;
        this.notes = notes;
        this.settings = settings;
        this.policy = policy;
        this.shown = shown;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Sends an invitation from {@code fromId} as a member would; see {@link #send(String, SendInvitation, boolean)}. */
    public InvitationView send(String fromId, SendInvitation request) {
        return send(fromId, request, false);
    }

    /**
     * Sends an invitation, or, when the recipient already invited the sender, accepts that one instead
     * (the returned view is then the recipient's invitation, ACCEPTED).
     *
     * @param simulated marks activity created by the {@code simulate} command
     * @throws InvitationException when a rule refuses it; {@link MemberNotFoundException} for unknown members
     */
    public InvitationView send(String fromId, SendInvitation request, boolean simulated) {
        return metrics.record("send", () -> sendCounted(fromId, request, simulated));
    }

    private InvitationView sendCounted(String fromId, SendInvitation request, boolean simulated) {
        String to = request.to();
        checkId("from", fromId);
        checkId("to", to);
        if (request.source() == null) {
            throw new InvitationException(Reason.INVALID, "Invalid request: source: must not be null");
        }
        String note = request.cleanNote();
        if (note != null && note.length() > properties.noteLimit()) {
            throw new InvitationException(Reason.INVALID,
                    "Invalid request: note: at most " + properties.noteLimit() + " characters (got " + note.length() + ")");
        }
        if (fromId.equals(to)) {
            throw new InvitationException(Reason.INVALID, "Invalid request: to: you cannot invite yourself");
        }
        requireMember(fromId);
        requireMember(to);
        // Classified before taking the locks: drafting reads both profiles and need not block the pair.
        String noteKind = notes.classify(fromId, to, note).name();
        return pairs.write(fromId, to, () -> {
            Instant now = clock.instant();
            PairState state = store.pairState(fromId, to, policy.weekStart(now));
            return switch (policy.judge(state.facts(), state.sentThisWeek(), now)) {
                case CONNECTED -> throw new InvitationException(Reason.ALREADY_CONNECTED,
                        "You are already connected to member '" + to + "'");
                case PENDING_RECEIVED -> acceptLocked(state.pendingReceived(), now);
                case PENDING_SENT -> throw new InvitationException(Reason.ALREADY_PENDING,
                        "Your invitation to member '" + to + "' is still pending (" + state.pendingSent() + ")");
                // Ignored and cooling down get the same answer, so a sender cannot tell that they were ignored.
                case NOT_POSSIBLE -> throw new InvitationException(Reason.NOT_POSSIBLE,
                        "An invitation to member '" + to + "' is not possible.");
                case WEEKLY_LIMIT -> throw new InvitationException(Reason.WEEKLY_LIMIT, "You reached the limit of "
                        + settings.weeklyLimit() + " invitations in 7 days; try again later");
                case OPEN -> {
                    InvitationView sent = store.create(fromId, to, invitation(fromId, to, request, note, noteKind, simulated), now);
                    pairs.publishAfterCommit(new InvitationChanged(fromId, to, InvitationStatus.PENDING, now));
                    yield sent;
                }
            };
        });
    }

    /**
     * The new invitation's fields. Its reasons are the ones the sender was shown: for SUGGESTION the rank and
     * reasons of the suggestion they last saw for this member (a client-sent rank does not override it; none
     * when they were never shown one), for PROFILE the reasons the profile view shows.
     */
    private Map<String, Object> invitation(String fromId, String to, SendInvitation request, String note, String noteKind,
            boolean simulated) {
        PairReasons pair = store.reasons(fromId, to).orElseThrow();
        Integer rank = null;
        List<ReasonCode> reasons = pair.codes();
        List<String> arms = new java.util.ArrayList<>();
        // The tone arm for every invitation of a member in a tone experiment (intention to treat: the order of the
        // drafts offered may change whether a note is sent at all); the ranker arm only for one sent from a list shown.
        experiments.arm(ExperimentKind.NOTE_TONE, fromId).map(Assignment::label).ifPresent(arms::add);
        if (request.source() == InvitationSource.SUGGESTION) {
            Optional<ShownSuggestions.Shown> shown = this.shown.lastShown(fromId, to);
            rank = shown.map(ShownSuggestions.Shown::rank).orElse(null);
            reasons = shown.map(ShownSuggestions.Shown::reasons).orElse(List.of());
            if (shown.isPresent()) {
                // Assignment is a stable hash: the arm now is the arm the list was served with while the experiment runs.
                experiments.arm(ExperimentKind.RANKER, fromId).map(Assignment::label).ifPresent(arms::add);
            }
        }
        Map<String, Object> invitation = new HashMap<>();
        invitation.put("id", UUID.randomUUID().toString());
        invitation.put("note", note);
        invitation.put("noteKind", noteKind);
        invitation.put("source", request.source().name());
        invitation.put("suggestionRank", rank);
        invitation.put("suggestionReasons", reasons.stream().map(ReasonCode::name).toList());
        invitation.put("mutualConnections", pair.mutualConnections());
        invitation.put("simulated", simulated);
        invitation.put("experimentArms", arms.isEmpty() ? null : arms);
        return invitation;
    }

    /** The recipient accepts: the two become connected ({@code ConnectionCreated} after commit). */
    public InvitationView accept(String memberId, String invitationId) {
        return answer(memberId, invitationId, InvitationStatus.ACCEPTED);
    }

    /**
     * The recipient declines; the sender is not told (to them it stays pending, {@code invitation-list-sent.cypher})
     * and may never invite them again.
     */
    public InvitationView ignore(String memberId, String invitationId) {
        return answer(memberId, invitationId, InvitationStatus.IGNORED);
    }

    /**
     * The sender takes a pending invitation back; re-inviting is blocked for the withdrawal cool-down. An ignored one
     * (pending to the sender) is withdrawn the same way, and re-inviting stays blocked as after any ignore.
     */
    public InvitationView withdraw(String memberId, String invitationId) {
        return answer(memberId, invitationId, InvitationStatus.WITHDRAWN);
    }

    private InvitationView answer(String memberId, String invitationId, InvitationStatus target) {
        String action = switch (target) {
            case ACCEPTED -> "accept";
            case IGNORED -> "ignore";
            case WITHDRAWN -> "withdraw";
            case PENDING -> throw new IllegalArgumentException("PENDING is not an answer");
        };
        return metrics.record(action, () -> answerCounted(memberId, invitationId, target));
    }

    private InvitationView answerCounted(String memberId, String invitationId, InvitationStatus target) {
        checkId("invitationId", invitationId);
        InvitationView invitation = store.find(invitationId).orElseThrow(() ->
                new InvitationException(Reason.NOT_FOUND, "No invitation with id '" + invitationId + "'"));
        String owner = target == InvitationStatus.WITHDRAWN ? invitation.from() : invitation.to();
        if (!owner.equals(memberId)) {
            throw new InvitationException(Reason.NOT_YOURS, target == InvitationStatus.WITHDRAWN
                    ? "Only the sender may withdraw this invitation" : "Only the recipient may answer this invitation");
        }
        return pairs.write(invitation.from(), invitation.to(), () -> {
            Instant now = clock.instant();
            if (target == InvitationStatus.ACCEPTED) {
                return acceptLocked(invitationId, now);
            }
            Optional<InvitationView> found = store.answer(invitationId, target, now);
            if (found.isPresent()) {
                InvitationView answered = found.get();
                pairs.publishAfterCommit(new InvitationChanged(answered.from(), answered.to(), target, now));
                return answered;
            }
            if (target == InvitationStatus.WITHDRAWN) {
                // The sender was not told of an ignore: withdrawing it succeeds as for a pending one. The pair's
                // state stays IGNORED (what suggestions and re-invites go by), so no change is published.
                return store.withdrawIgnored(invitationId, now).orElseThrow(() -> alreadyAnswered(invitationId, true));
            }
            throw alreadyAnswered(invitationId, false);
        });
    }

    /** Accepts a pending invitation and connects the pair; the caller holds the pair's locks. */
    private InvitationView acceptLocked(String invitationId, Instant now) {
        InvitationView accepted = store.answer(invitationId, InvitationStatus.ACCEPTED, now)
                .orElseThrow(() -> alreadyAnswered(invitationId, false));
        pairs.publishAfterCommit(new InvitationChanged(accepted.from(), accepted.to(), InvitationStatus.ACCEPTED, now));
        if (store.connect(accepted.from(), accepted.to(), now)) {
            pairs.publishAfterCommit(new ConnectionCreated(accepted.from(), accepted.to(), now));
        }
        return accepted;
    }

    /** @param toSender the sender asks: an invitation they withdrew after it was ignored is WITHDRAWN to them */
    private InvitationException alreadyAnswered(String invitationId, boolean toSender) {
        InvitationStatus status = store.find(invitationId).map(InvitationView::status).orElse(null);
        if (toSender && status == InvitationStatus.IGNORED) {
            status = InvitationStatus.WITHDRAWN;
        }
        return new InvitationException(Reason.ALREADY_ANSWERED,
                "Invitation '" + invitationId + "' was already answered (" + status + ")");
    }

    private void requireMember(String id) {
        if (!members.exists(id)) {
            throw new MemberNotFoundException(id);
        }
    }

    static void checkId(String field, String id) {
        if (!MemberIds.isValid(id)) {
            throw new InvitationException(Reason.INVALID, "Invalid request: " + field + ": " + MemberIds.MESSAGE);
        }
    }
}
