package app.rapport.config;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What the database says about a {@value RequestBookmarks#HEADER} the client sent: a bookmark it cannot read
 * is the client's error (400); one it has not caught up with in time is a 503 to retry. Every other database
 * error keeps its usual handling.
 */
@RestControllerAdvice
class BookmarkProblems {

    private static final String INVALID = "Neo.ClientError.Transaction.InvalidBookmark";
    private static final String TIMEOUT = "Neo.TransientError.Transaction.BookmarkTimeout";

    @ExceptionHandler({Neo4jException.class, DataAccessException.class})
    ResponseEntity<ProblemDetail> database(RuntimeException e) throws RuntimeException {
        String code = code(e);
        if (code.startsWith(INVALID)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "Invalid " + RequestBookmarks.HEADER + " header: the database cannot read these bookmarks");
            problem.setProperty("errors", List.of(Map.of("field", RequestBookmarks.HEADER, "message", "not a bookmark of this database")));
            return ResponseEntity.badRequest().body(problem);
        }
        if (code.equals(TIMEOUT)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The database has not caught up with "
                            + RequestBookmarks.HEADER + " yet; retry shortly"));
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
