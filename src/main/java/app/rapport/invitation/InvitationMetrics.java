package app.rapport.invitation;

import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import app.rapport.member.MemberNotFoundException;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts every invitation step by outcome: {@code rapport.invitations{action, outcome, reason}} where action is
 * send, accept, ignore or withdraw; outcome is the state the step left (sent, accepted, ignored, withdrawn),
 * {@code refused} (a rule said no; reason names the rule) or {@code failed} (anything else). All tags are
 * bounded enums, never ids.
 */
@Component
class InvitationMetrics {

    static final String NAME = "rapport.invitations";

    private final MeterRegistry meters;

    InvitationMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    InvitationView record(String action, Supplier<InvitationView> step) {
        InvitationView done;
        try {
            done = step.get();
        } catch (InvitationException e) {
            count(action, "refused", e.reason().name());
            throw e;
        } catch (MemberNotFoundException e) {
            count(action, "refused", "MEMBER_NOT_FOUND");
            throw e;
        } catch (RuntimeException | Error e) {
            count(action, "failed", "ERROR");
            throw e;
        }
        count(action, outcome(done.status()), "NONE");
        return done;
    }

    private static String outcome(InvitationStatus status) {
        return status == InvitationStatus.PENDING ? "sent" : status.name().toLowerCase(Locale.ROOT);
    }

    private void count(String action, String outcome, String reason) {
        meters.counter(NAME, "action", action, "outcome", outcome, "reason", reason).increment();
    }
}
