package app.rapport.config;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        return positions(value) != null;
    }

    /** The database id (hex) → transaction id pairs a well-formed bookmark names; null for anything else. */
    static Map<String, Long> positions(String value) {
        if (!BOOKMARK.matcher(value).matches()) {
            return null;
        }
        byte[] b;
        try {
            b = Base64.getDecoder().decode(value.substring(3));
        } catch (IllegalArgumentException e) {
            return null;
        }
        int databases = (b[0] & 0xFF) - 0x90;
        if (databases < 1 || databases > 15) {
            return null;
        }
        Map<String, Long> positions = new HashMap<>();
        ByteBuffer in = ByteBuffer.wrap(b, 1, b.length - 1);
        for (int i = 0; i < databases; i++) {
            if (in.remaining() < 19 || (in.get() & 0xFF) != 0xCC || in.get() != 0x10) {
                return null;
            }
            byte[] id = new byte[16];
            in.get(id);
            int marker = in.get() & 0xFF;
            int length = switch (marker) {
                case 0xC8 -> 1;
                case 0xC9 -> 2;
                case 0xCA -> 4;
                case 0xCB -> 8;
                default -> marker <= 0x7F ? 0 : -1;
            };
            if (length < 0 || in.remaining() < length) {
                return null;
            }
            long transaction = switch (length) {
                case 0 -> marker;
                case 1 -> in.get();
                case 2 -> in.getShort();
                case 4 -> in.getInt();
                default -> in.getLong();
            };
            positions.merge(HexFormat.of().formatHex(id), transaction, Math::max);
        }
        return in.remaining() == 1 && (in.get() & 0xFF) == 0x90 ? positions : null;
    }

    /**
     * The bookmarks worth sending back: those no other one covers (another covers a bookmark when it names
     * each of its databases at the same or a later transaction). Concurrent transactions leave an instance
     * holding several bookmarks of the same database; only the newest matters, and the answer stays short.
     * Null when one of them is not well-formed.
     */
    static List<String> newest(Collection<String> bookmarks) {
        List<String> values = bookmarks.stream().distinct().sorted().toList();
        List<Map<String, Long>> positions = new ArrayList<>();
        for (String v : values) {
            Map<String, Long> p = positions(v);
            if (p == null) {
                return null;
            }
            positions.add(p);
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            boolean covered = false;
            for (int j = 0; j < values.size() && !covered; j++) {
                // Of two that cover each other (same positions), the first in order stays.
                covered = j != i && covers(positions.get(j), positions.get(i))
                        && (j < i || !covers(positions.get(i), positions.get(j)));
            }
            if (!covered) {
                kept.add(values.get(i));
            }
        }
        return kept;
    }

    private static boolean covers(Map<String, Long> a, Map<String, Long> b) {
        return b.entrySet().stream().allMatch(e -> a.getOrDefault(e.getKey(), Long.MIN_VALUE) >= e.getValue());
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
        List<String> all = instance.getBookmarks().stream().map(Bookmark::value).toList();
        if (all.isEmpty()) {
            return null;
        }
        List<String> values = newest(all);
        if (values != null && values.size() > MAX_BOOKMARKS) {
            return null;   // more databases than a request may name: nothing to send back
        }
        if (values == null) {
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
