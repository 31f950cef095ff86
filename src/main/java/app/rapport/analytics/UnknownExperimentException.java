package app.rapport.analytics;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 404 problem: no experiment has the name asked for. */
class UnknownExperimentException extends ErrorResponseException {

    UnknownExperimentException(String name) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No experiment named '" + name + "'"), null);
    }
}
