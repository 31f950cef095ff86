package app.rapport.config;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Causal consistency (read-your-own-writes): the one place the service handles Neo4j bookmarks.
 * <p>
 * Request work opens its sessions one way only: {@code Neo4jClient} for the queries, inside Spring transactions
 * ({@code @Transactional}, {@code TransactionTemplate}) where it needs more than one statement or a read-only
 * one. Both are built with {@link #manager()} ({@link BookmarkConfiguration}), and both ask it for bookmarks on the
 * thread that runs the request. So:
 * <ul>
 * <li><b>Within an instance</b> every transaction starts from the bookmarks of the last ones the instance
 * committed (SDN's default bookmark manager), so a read after a write on the same instance sees it even on a
 * cluster secondary.</li>
 * <li><b>Across instances</b> the bookmark travels with the client: before the handler runs, a request's
 * {@value #HEADER} is checked by the database in one small read that waits until it has caught up
 * ({@link #reached}); the bookmark that read ends with then joins every transaction of the request
 * ({@link #fromRequest()}). A successful answer carries the instance's bookmarks once the request is done
 * ({@link #responseHeader}).</li>
 * </ul>
 * Bookmarks are opaque: the service never decodes them. It checks only that the header is a short list of
 * short visible-ASCII tokens; whether a token is a bookmark is the database's call: one it cannot read is
 * answered 400, one it has not reached in time ({@code db.transaction.bookmark_ready_timeout}) 503 with
 * {@code Retry-After}.
 * <p>
 * The wait is capped ({@link BookmarkSettings}): a well-formed bookmark from the future gets its 503 after
 * {@code rapport.bookmarks.max-wait}, not after the server's own timeout, and only a bounded number of requests may
 * wait at once. Per-request bookmark work (the check, the header, the held answer) is registered only by
 * {@link BookmarkConfiguration.Web}, and only where it buys something ({@link BookmarksOnRequests}): not on the
 * embedded, single-server default, where every read sees every commit.
 */
public final class RequestBookmarks {

    /** Request and response header holding bookmarks (comma-separated, opaque). */
    public static final String HEADER = "Rapport-Bookmark";
    /** An instance holds about one bookmark per transaction that committed concurrently with another; room for a busy one. */
    static final int MAX_BOOKMARKS = 32;
    /** Visible ASCII except the comma; Neo4j 5 bookmarks are base64 with a short prefix, far below the bound. */
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x2B\\x2D-\\x7E]{1,1000}");
    private static final String SENT = RequestBookmarks.class.getName() + ".sent";

    static final String INVALID = "Neo.ClientError.Transaction.InvalidBookmark";
    static final String TIMEOUT = "Neo.TransientError.Transaction.BookmarkTimeout";

    /** SDN's default manager: the instance's chain, plus the current request's bookmarks in every transaction. */
    private final Neo4jBookmarkManager manager = Neo4jBookmarkManager.create(RequestBookmarks::fromRequest);
    private final Driver driver;
    private final BookmarkSettings settings;
    private final Semaphore waiting;

    RequestBookmarks(Driver driver, BookmarkSettings settings) {
        this.driver = driver;
        this.settings = settings;
        this.waiting = new Semaphore(settings.maxConcurrentWaits());
    }

    /** The manager SDN's transaction manager and client use. */
    Neo4jBookmarkManager manager() {
        return manager;
    }

    /**
     * Checks the request's {@value #HEADER} and keeps what the database made of it for the transactions of this
     * request.
     *
     * @throws ErrorResponseException 400 when the header is not a list of at most {@value #MAX_BOOKMARKS} tokens or
     *                                the database cannot read them; 503 when it has not reached them in time
     */
    void accept(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header == null || header.isBlank()) {
            return;
        }
        String[] values = header.split(",", -1);
        Set<Bookmark> bookmarks = new LinkedHashSet<>();
        for (String value : values) {
            String v = value.strip();
            if (values.length > MAX_BOOKMARKS || !TOKEN.matcher(v).matches()) {
                throw malformed("give at most " + MAX_BOOKMARKS + " comma-separated bookmarks exactly as a response sent them",
                        "not a bookmark list");
            }
            bookmarks.add(Bookmark.from(v));
        }
        request.setAttribute(SENT, reached(bookmarks));
    }

    /**
     * The one place a client's bookmarks meet the database, in a session of its own: a read that waits until the
     * database has reached them, whose own bookmark then stands in for them. What a client sends therefore never
     * enters the instance's chain; only a bookmark the database itself issued does. (SDN puts a failed statement's
     * starting bookmarks back into its manager; had those been the client's, one unreadable or future bookmark would
     * have stalled every later transaction of the instance.)
     * <p>
     * The wait is capped here, whatever the server's own timeout: the read runs asynchronously and the request gives
     * up after {@code max-wait} (503), so a bookmark from the future holds the request thread no longer than that;
     * at most {@code max-concurrent-waits} requests wait at once (more get their 503 at once), which bounds the
     * driver connections such reads can hold until the server answers.
     */
    private Set<Bookmark> reached(Set<Bookmark> sent) {
        if (!waiting.tryAcquire()) {
            throw notReached();
        }
        SessionConfig config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withBookmarks(sent).build();
        AsyncSession session = driver.session(AsyncSession.class, config);
        CompletableFuture<Set<Bookmark>> read = session.runAsync("RETURN 1")
                .thenCompose(ResultCursor::consumeAsync)
                .thenApply(summary -> session.lastBookmarks())
                .toCompletableFuture();
        // The session closes (and the permit returns) once the database answers, even after the request gave up.
        read.whenComplete((done, failed) -> session.closeAsync().whenComplete((closed, error) -> waiting.release()));
        try {
            Set<Bookmark> reached = read.get(settings.maxWait().toMillis(), TimeUnit.MILLISECONDS);
            return reached.isEmpty() ? Set.copyOf(sent) : Set.copyOf(reached);   // read, so the database accepted them
        } catch (TimeoutException e) {
            throw notReached();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notReached();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof Neo4jException n) {
                if (n.code() != null && n.code().startsWith(INVALID)) {
                    throw malformed("the database cannot read these bookmarks", "not a bookmark of this database");
                }
                if (TIMEOUT.equals(n.code())) {
                    throw notReached();
                }
                throw n;
            }
            throw new IllegalStateException("Checking the request's bookmarks failed", cause);
        }
    }

    /** 503 to retry: the database the request reads from has not caught up with the client's bookmarks yet. */
    static ErrorResponseException notReached() {
        ErrorResponseException e = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "The database has not caught up with " + HEADER + " yet; retry shortly"), null);
        e.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
        return e;
    }

    /** A 400 about the header, naming it as the offending field. */
    static ErrorResponseException malformed(String detail, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid " + HEADER + " header: " + detail);
        problem.setProperty("errors", List.of(Map.of("field", HEADER, "message", message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    /**
     * What a successful answer sends back: the instance's bookmarks once the request's transactions are done
     * (each of those started from the client's bookmarks and the instance's, and the instance keeps what they
     * ended with, so these cover everything the request read or wrote). Transactions that commit concurrently
     * can leave an instance holding a few; all are sent, and the database waits for all. Null when there are
     * none, or more than a request may send back.
     */
    String responseHeader(HttpServletRequest request) {
        // The client's bookmarks have done their part; without them the manager answers with the instance's own,
        // so a request that ran no transaction never echoes what the client sent.
        request.removeAttribute(SENT);
        Collection<Bookmark> values = manager.getBookmarks();
        if (values.isEmpty() || values.size() > MAX_BOOKMARKS) {
            return null;
        }
        return String.join(",", values.stream().map(Bookmark::value).sorted().toList());
    }

    /** Whether the current request sent bookmarks (it must read what the database holds, not a copy in memory). */
    public static boolean sentWithRequest() {
        return !fromRequest().isEmpty();
    }

    /** The client's bookmarks for the transactions of the current request (none outside a request). */
    @SuppressWarnings("unchecked")
    private static Set<Bookmark> fromRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object sent = attributes == null ? null : attributes.getAttribute(SENT, RequestAttributes.SCOPE_REQUEST);
        return sent instanceof Set<?> set ? (Set<Bookmark>) set : Set.of();
    }
}
