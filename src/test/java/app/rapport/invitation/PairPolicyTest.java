package app.rapport.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import app.rapport.invitation.PairPolicy.Facts;
import app.rapport.invitation.PairPolicy.Verdict;

/** The pair rules as a pure function: no database, no clock but the one passed in. */
class PairPolicyTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final PairPolicy POLICY = new PairPolicy(new InvitationSettings(Duration.ofDays(21), 3));
    private static final Facts NOTHING = new Facts(false, false, false, false, null);

    @Test
    void strangersMayBeInvitedAndSuggested() {
        assertThat(POLICY.judge(NOTHING, 0, NOW)).isEqualTo(Verdict.OPEN);
        assertThat(POLICY.hidesFromSuggestions(NOTHING, NOW)).isFalse();
    }

    @Test
    void rulesApplyInOrderConnectedThenPendingThenRefusedThenWeeklyLimit() {
        assertThat(POLICY.judge(new Facts(true, true, true, true, NOW), 99, NOW)).isEqualTo(Verdict.CONNECTED);
        assertThat(POLICY.judge(new Facts(false, false, true, true, NOW), 99, NOW)).isEqualTo(Verdict.PENDING_RECEIVED);
        assertThat(POLICY.judge(new Facts(false, true, false, true, NOW), 99, NOW)).isEqualTo(Verdict.PENDING_SENT);
        assertThat(POLICY.judge(new Facts(false, false, false, true, null), 99, NOW)).isEqualTo(Verdict.NOT_POSSIBLE);
        assertThat(POLICY.judge(NOTHING, 3, NOW)).isEqualTo(Verdict.WEEKLY_LIMIT);
        assertThat(POLICY.judge(NOTHING, 2, NOW)).isEqualTo(Verdict.OPEN);
    }

    @Test
    void anIgnoredSenderIsRefusedForeverWithTheSameVerdictAsACoolDown() {
        Facts ignored = new Facts(false, false, false, true, null);
        Facts withdrawn = new Facts(false, false, false, false, NOW.minus(Duration.ofDays(1)));
        Instant muchLater = NOW.plus(Duration.ofDays(3650));
        assertThat(POLICY.judge(ignored, 0, muchLater)).isEqualTo(Verdict.NOT_POSSIBLE);
        assertThat(POLICY.judge(withdrawn, 0, NOW)).isEqualTo(Verdict.NOT_POSSIBLE);
        assertThat(POLICY.hidesFromSuggestions(ignored, muchLater)).isTrue();
    }

    @Test
    void theCoolDownEndsExactlyOneCoolDownAfterTheWithdrawal() {
        Instant withdrawnAt = NOW.minus(Duration.ofDays(21));
        Facts withdrawn = new Facts(false, false, false, false, withdrawnAt);
        assertThat(POLICY.judge(withdrawn, 0, NOW.minusSeconds(1))).isEqualTo(Verdict.NOT_POSSIBLE);
        assertThat(POLICY.hidesFromSuggestions(withdrawn, NOW.minusSeconds(1))).isTrue();
        assertThat(POLICY.judge(withdrawn, 0, NOW)).isEqualTo(Verdict.OPEN);
        assertThat(POLICY.hidesFromSuggestions(withdrawn, NOW)).isFalse();
        // A reader may skip withdrawals at or before this instant: they can no longer matter.
        assertThat(POLICY.cooldownStart(NOW)).isEqualTo(withdrawnAt);
    }

    @Test
    void pendingEitherWayHidesFromSuggestionsButTheWeeklyLimitHidesNobody() {
        assertThat(POLICY.hidesFromSuggestions(new Facts(false, true, false, false, null), NOW)).isTrue();
        assertThat(POLICY.hidesFromSuggestions(new Facts(false, false, true, false, null), NOW)).isTrue();
        assertThat(POLICY.hidesFromSuggestions(new Facts(true, false, false, false, null), NOW)).isTrue();
        // hidesFromSuggestions takes no weekly count: the limit is about the sender, not the pair.
        assertThat(POLICY.judge(NOTHING, 1000, NOW)).isEqualTo(Verdict.WEEKLY_LIMIT);
        assertThat(POLICY.hidesFromSuggestions(NOTHING, NOW)).isFalse();
    }

    @Test
    void theWeeklyWindowIsTheSevenDaysBeforeNow() {
        assertThat(POLICY.weekStart(NOW)).isEqualTo(NOW.minus(Duration.ofDays(7)));
    }
}
