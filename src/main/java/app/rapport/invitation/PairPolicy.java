package app.rapport.invitation;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The rules about one ordered pair of members (the viewer or sender first), in one place: the weekly sending
 * window, the withdrawal cool-down, and what an ignored invitation means. Sending an invitation
 * ({@link Invitations}), the relationship state of a profile view ({@link Relationships}) and the exclusions of
 * "people you may know" all ask this class, so they cannot disagree.
 * <p>
 * It is a pure function of {@link Facts} and the time, whoever gathered the facts: read from Neo4j under the
 * pair's locks, read for a whole suggestion list at once, or (later) kept in memory.
 */
@Component
public class PairPolicy {

    /** The rolling window of the weekly sending limit. */
    static final Duration WEEK = Duration.ofDays(7);

    private final Duration cooldown;
    private final int weeklyLimit;

    public PairPolicy(InvitationSettings settings) {
        this.cooldown = settings.withdrawCooldown();
        this.weeklyLimit = settings.weeklyLimit();
    }

    /**
     * What the rules need to know about an ordered pair (first member = viewer or sender).
     *
     * @param connected       the two are connected
     * @param pendingSent     the first member has a pending invitation to the other (or an ignored one, not yet
     *                        withdrawn: to its sender that looks pending)
     * @param pendingReceived the other has a pending invitation to the first member
     * @param ignored         the other ignored an invitation from the first member, ever
     * @param lastWithdrawnAt when the first member last withdrew an invitation to the other, or null
     */
    public record Facts(boolean connected, boolean pendingSent, boolean pendingReceived, boolean ignored,
            Instant lastWithdrawnAt) {
    }

    /** Where the pair stands, in the order the rules are checked. */
    public enum Verdict {
        /** Already connected. */
        CONNECTED,
        /** The other invited the first member: inviting back accepts theirs. */
        PENDING_RECEIVED,
        /** The first member's invitation is still pending. */
        PENDING_SENT,
        /**
         * Never again after the other ignored the first member, and not within the cool-down after a withdrawal.
         * One verdict for both, so a sender cannot tell that they were ignored.
         */
        NOT_POSSIBLE,
        /** The first member has sent as many invitations as the weekly window allows. */
        WEEKLY_LIMIT,
        /** An invitation may be sent. */
        OPEN
    }

    /**
     * @param sentThisWeek invitations the first member sent after {@link #weekStart(Instant) weekStart(now)}
     */
    public Verdict judge(Facts pair, long sentThisWeek, Instant now) {
        Verdict verdict = judgePair(pair, now);
        return verdict == Verdict.OPEN && sentThisWeek >= weeklyLimit ? Verdict.WEEKLY_LIMIT : verdict;
    }

    /**
     * Whether a suggestion list must leave the other member out: anyone the member may not simply invite because
     * of the pair itself (connected, pending either way, ignored, cooling down). The weekly limit is about the
     * member, not the pair, so it hides nobody.
     */
    public boolean hidesFromSuggestions(Facts pair, Instant now) {
        return judgePair(pair, now) != Verdict.OPEN;
    }

    /** Start of the weekly window that ends at {@code now}: invitations sent after it count. */
    public Instant weekStart(Instant now) {
        return now.minus(WEEK);
    }

    /** Withdrawals at or before this instant no longer matter at {@code now}; readers of facts may skip them. */
    public Instant cooldownStart(Instant now) {
        return now.minus(cooldown);
    }

    private Verdict judgePair(Facts pair, Instant now) {
        if (pair.connected()) {
            return Verdict.CONNECTED;
        }
        if (pair.pendingReceived()) {
            return Verdict.PENDING_RECEIVED;
        }
        if (pair.pendingSent()) {
            return Verdict.PENDING_SENT;
        }
        if (pair.ignored() || coolingDown(pair.lastWithdrawnAt(), now)) {
            return Verdict.NOT_POSSIBLE;
        }
        return Verdict.OPEN;
    }

    private boolean coolingDown(Instant lastWithdrawnAt, Instant now) {
        return lastWithdrawnAt != null && lastWithdrawnAt.isAfter(cooldownStart(now));
    }
}
