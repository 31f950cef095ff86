package app.rapport.experiment;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refused experiment definition or an unknown experiment, as an RFC 9457 problem naming the field. */
class ExperimentException extends ErrorResponseException {

    ExperimentException(HttpStatus status, String field, String message) {
        super(status, problem(status, field, message), null);
    }

    private static ProblemDetail problem(HttpStatus status, String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Invalid experiment: " + field + ": " + message);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    static ExperimentException invalid(String field, String message) {
        return new ExperimentException(HttpStatus.BAD_REQUEST, field, message);
    }

    static ExperimentException conflict(String field, String message) {
        return new ExperimentException(HttpStatus.CONFLICT, field, message);
    }

    static ExperimentException unknown(String name) {
        return new ExperimentException(HttpStatus.NOT_FOUND, "name", "no experiment named '" + name + "'");
    }
}
