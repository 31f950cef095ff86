package app.rapport.config;

import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.SessionConfig;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Causal consistency (read-your-own-writes) for every transaction of the service, on one instance and across
 * several behind a load balancer.
 * <ul>
 * <li>Within an instance every transaction starts from the bookmarks of the last one it committed (SDN's
 * default manager), so a read after a write on the same instance sees it even on a cluster secondary.</li>
 * <li>Across instances the bookmark travels with the client: every successful {@code /api} answer carries
 * {@value #HEADER}; a client that sends it back on its next call (to any instance) has
 * that call wait until the database it reads from has caught up with the write.</li>
 * </ul>
 * SDN's transactions ({@code @Transactional}, {@code Neo4jClient}) use {@link #manager()}; plain driver sessions get
 * the same through {@link #sessionConfig(AccessMode)}.
 */
public final class RequestBookmarks {

    /** Request and response header holding bookmarks (comma-separated, opaque). */
    public static final String HEADER = "Rapport-Bookmark";
    static final int MAX_BOOKMARKS = 16;
    private static final Pattern BOOKMARK = Pattern.compile("FB:[A-Za-z0-9+/]{20,600}={0,2}");
    private static final String ATTRIBUTE = RequestBookmarks.class.getName();

    private final Neo4jBookmarkManager instance;
    private final BookmarkManager driverView;
    private volatile boolean unrecognised;

    RequestBookmarks() {
        this.instance = Neo4jBookmarkManager.create(RequestBookmarks::fromRequest);
        this.driverView = new DriverView(instance);
    }

    /** The manager SDN's transaction manager and client use. */
    Neo4jBookmarkManager manager() {
        return instance;
    }

    /**
     * Parses and keeps the request's {@value #HEADER} for the transactions of this request.
     *
     * @throws ErrorResponseException 400 when the header is not a list of bookmarks
     */
    static void accept(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header == null || header.isBlank()) {
            return;
        }
        Set<Bookmark> bookmarks = new LinkedHashSet<>();
        String[] values = header.split(",", -1);
        for (String value : values) {
            String v = value.strip();
            if (!wellFormed(v) || values.length > MAX_BOOKMARKS) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid " + HEADER
                        + " header: give at most " + MAX_BOOKMARKS + " comma-separated bookmarks exactly as a response sent them");
                problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", HEADER, "message", "not a bookmark list")));
                throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
            }
            bookmarks.add(Bookmark.from(v));
        }
        request.setAttribute(ATTRIBUTE, Set.copyOf(bookmarks));
    }

    /**
     * Whether {@code value} has the layout of a Neo4j 5 bookmark, so nothing else reaches the server's parser
     * (which answers some malformed bookmarks with a server error instead of a client error): "FB:" and the
     * base64 of PackStream: a list marker for n databases, n times (16-byte database id, transaction id as a
     * PackStream integer), then an empty list. Which databases and transactions it names is for the server to
     * check. The service only hands out bookmarks that pass this check (see {@link #on}).
     */
    static boolean wellFormed(String value) {
        if (!BOOKMARK.matcher(value).matches()) {
            return false;
        }
        byte[] b;
        try {
            b = Base64.getDecoder().decode(value.substring(3));
        } catch (IllegalArgumentException e) {
            return false;
        }
        int databases = (b[0] & 0xFF) - 0x90;
        if (databases < 1 || databases > 15) {
            return false;
        }
        int at = 1;
        for (int i = 0; i < databases; i++) {
            if (at + 18 > b.length || (b[at] & 0xFF) != 0xCC || b[at + 1] != 0x10) {
                return false;
            }
            at += 18;
            int marker = b[at] & 0xFF;
            int integer = switch (marker) {
                case 0xC8 -> 2;
                case 0xC9 -> 3;
                case 0xCA -> 5;
                case 0xCB -> 9;
                default -> marker <= 0x7F ? 1 : -1;
            };
            if (integer < 0) {
                return false;
            }
            at += integer;
        }
        return at == b.length - 1 && (b[at] & 0xFF) == 0x90;
    }

    @SuppressWarnings("unchecked")
    private static Set<Bookmark> fromRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object held = attributes == null ? null : attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return held instanceof Set<?> set ? (Set<Bookmark>) set : Set.of();
    }

    /**
     * What a successful answer sends back: this instance's bookmarks after the request's transactions (they
     * are at least as recent as anything the request wrote or read); null when there are none, or when the
     * server's bookmarks do not have the layout {@link #accept} checks (logged once), so the service never
     * hands out a bookmark it would refuse.
     */
    String responseHeader() {
        List<String> values = instance.getBookmarks().stream().map(Bookmark::value).sorted().toList();
        if (values.isEmpty()) {
            return null;
        }
        if (!values.stream().allMatch(RequestBookmarks::wellFormed)) {
            if (!unrecognised) {
                unrecognised = true;
                LoggerFactory.getLogger(RequestBookmarks.class).warn("Neo4j bookmark layout not recognised; responses "
                        + "carry no " + HEADER + " (read-your-own-writes holds per instance only)");
            }
            return null;
        }
        return String.join(",", values);
    }

    /** A session for plain driver work that takes part in the same causal chain. */
    public SessionConfig sessionConfig(AccessMode mode) {
        return SessionConfig.builder().withDefaultAccessMode(mode).withBookmarkManager(driverView).build();
    }

    /** The driver's view of the same bookmarks. */
    private record DriverView(Neo4jBookmarkManager bookmarks) implements BookmarkManager {

        @Override
        public void updateBookmarks(Set<Bookmark> previousBookmarks, Set<Bookmark> newBookmarks) {
            bookmarks.updateBookmarks(previousBookmarks, newBookmarks);
        }

        @Override
        public Set<Bookmark> getBookmarks() {
            return Set.copyOf(bookmarks.getBookmarks());
        }
    }
}
