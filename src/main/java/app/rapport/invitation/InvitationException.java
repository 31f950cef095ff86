package app.rapport.invitation;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refused invitation action, answered as an RFC 9457 problem. {@link #reason()} lets Java callers (the
 * {@code simulate} command) tell the cases apart; HTTP clients see status, {@code type} and detail.
 */
public class InvitationException extends ErrorResponseException {

    /** Why the action was refused, with the HTTP status it maps to. */
    enum Reason {
        /** 400: input a request-body check cannot see (the configurable note limit, inviting oneself). */
        INVALID(HttpStatus.BAD_REQUEST),
        /** 404: no invitation with that id. */
        NOT_FOUND(HttpStatus.NOT_FOUND),
        /** 403: the invitation is not addressed to (or not sent by) the caller. */
        NOT_YOURS(HttpStatus.FORBIDDEN),
        /** 409: the invitation was already accepted, ignored or withdrawn. */
        ALREADY_ANSWERED(HttpStatus.CONFLICT),
        /** 409: the two members are already connected. */
        ALREADY_CONNECTED(HttpStatus.CONFLICT),
        /** 409: the caller already has a pending invitation to this member. */
        ALREADY_PENDING(HttpStatus.CONFLICT),
        /** 404: the two members are not connected (removing a connection). */
        NOT_CONNECTED(HttpStatus.NOT_FOUND),
        /**
         * 422: the recipient ignored an earlier invitation, or the sender's withdrawal cool-down runs.
         * Both get the same answer so the sender never learns they were ignored.
         */
        NOT_POSSIBLE(HttpStatus.UNPROCESSABLE_CONTENT),
        /** 429: the sender reached the weekly limit. */
        WEEKLY_LIMIT(HttpStatus.TOO_MANY_REQUESTS),
        /** 409: a welcome message is not (or no longer) possible to this member. */
        MESSAGE_NOT_ALLOWED(HttpStatus.CONFLICT);

        private final HttpStatus status;

        Reason(HttpStatus status) {
            this.status = status;
        }
    }

    private final Reason reason;

    InvitationException(Reason reason, String detail) {
        super(reason.status, problem(reason, detail), null);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }

    private static ProblemDetail problem(Reason reason, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(reason.status, detail);
        problem.setType(URI.create("urn:rapport:invitation:" + reason.name().toLowerCase().replace('_', '-')));
        return problem;
    }

    @Override
    public String getMessage() {
        return reason + ": " + getBody().getDetail();
    }
}
