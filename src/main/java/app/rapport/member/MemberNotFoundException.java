package app.rapport.member;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 404 problem response for an unknown member id. */
public class MemberNotFoundException extends ErrorResponseException {

    public MemberNotFoundException(String id) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No member with id '" + id + "'"), null);
    }
}
