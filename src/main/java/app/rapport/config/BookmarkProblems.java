package app.rapport.config;

import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What the database says about bookmarks during a request, after {@link RequestBookmarks} checked the client's:
 * one it cannot read is answered 400; one a cluster member has not caught up with in time
 * ({@code db.transaction.bookmark_ready_timeout}) is a 503 to retry. Every other database error keeps its usual
 * handling.
 */
@RestControllerAdvice
class BookmarkProblems {

    /** The driver's, SDN's and Spring's transaction exceptions: a bookmark may fail at BEGIN, or with the first query. */
    @ExceptionHandler({Neo4jException.class, DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> database(RuntimeException e) throws RuntimeException {
        String code = code(e);
        if (code.startsWith(RequestBookmarks.INVALID)) {
            return ResponseEntity.badRequest().body(RequestBookmarks.malformed("the database cannot read these bookmarks",
                    "not a bookmark of this database").getBody());
        }
        if (code.equals(RequestBookmarks.TIMEOUT)) {
            ErrorResponseException notReached = RequestBookmarks.notReached();
            return ResponseEntity.status(notReached.getStatusCode()).headers(notReached.getHeaders()).body(notReached.getBody());
        }
        throw e;
    }

    private static String code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Neo4jException n && n.code() != null) {
                return n.code();
            }
        }
        return "";
    }
}
