package app.rapport.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import app.rapport.support.IntegrationTest;

/**
 * Read-your-own-writes across instances: every successful answer carries a bookmark, and a
 * request that sends one back runs only once the database has reached it. One database here, so "not reached
 * yet" is shown with a bookmark from the future: the request waits and answers 503, which proves the bookmark
 * really reaches the transactions of the request. The harness's server waits 30 s (Neo4j's default); the service
 * caps the wait at {@code rapport.bookmarks.max-wait} (2 s), so the 503 comes long before the server would answer.
 */
class BookmarksTest extends IntegrationTest {


    private static final String ADA = "{\"firstName\": \"Ada\", \"lastName\": \"Lovelace\", \"interests\": [\"graphs\"]}";

    @Test
    void writesAndReadsAnswerWithABookmarkThatAnotherCallMaySendBack() throws Exception {
        String bookmark = putAda().andExpect(status().is2xxSuccessful()).andReturn().getResponse().getHeader(RequestBookmarks.HEADER);
        assertThat(bookmark).isNotBlank();

        mvc.perform(get("/api/members/ada").header(HttpHeaders.AUTHORIZATION, bearer("ada"))
                        .header(RequestBookmarks.HEADER, bookmark))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstName").value("Ada"))
                .andExpect(header().exists(RequestBookmarks.HEADER));
        // The suggestion path reads memory only (impressions are written behind); it still hands out the instance's bookmark.
        mvc.perform(put("/api/members/bob").header(HttpHeaders.AUTHORIZATION, bearer("bob"))
                .contentType(MediaType.APPLICATION_JSON).content(ADA.replace("Ada", "Bob"))).andExpect(status().isCreated());
        members("carl");
        connect("ada", "carl");
        connect("carl", "bob");
        graphs.reload();
        bookmark = mvc.perform(get("/api/members/ada").header(HttpHeaders.AUTHORIZATION, bearer("ada")))
                .andReturn().getResponse().getHeader(RequestBookmarks.HEADER);
        String afterSuggestions = mvc.perform(get("/api/members/ada/suggestions").header(HttpHeaders.AUTHORIZATION, bearer("ada"))
                        .header(RequestBookmarks.HEADER, bookmark))
                .andExpect(status().isOk()).andExpect(jsonPath("$.suggestions[0].memberId").value("bob"))
                .andReturn().getResponse().getHeader(RequestBookmarks.HEADER);
        assertThat(afterSuggestions).isNotBlank();
        mvc.perform(get("/api/members/ada").header(HttpHeaders.AUTHORIZATION, bearer("ada"))
                        .header(RequestBookmarks.HEADER, afterSuggestions))
                .andExpect(status().isOk());
        // Refused calls carry none.
        mvc.perform(get("/api/members/ada")).andExpect(status().isUnauthorized()).andExpect(header().doesNotExist(RequestBookmarks.HEADER));
        mvc.perform(get("/api/members/ada/suggestions").header(HttpHeaders.AUTHORIZATION, bearer("bob")))
                .andExpect(status().isForbidden()).andExpect(header().doesNotExist(RequestBookmarks.HEADER));
    }

    @Test
    void aBookmarkTheDatabaseHasNotReachedMakesTheCallWaitThenAnswer503() throws Exception {
        String future = future(putAda().andReturn().getResponse().getHeader(RequestBookmarks.HEADER));

        long started = System.nanoTime();
        mvc.perform(get("/api/members/ada").header(HttpHeaders.AUTHORIZATION, bearer("ada")).header(RequestBookmarks.HEADER, future))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "1"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(RequestBookmarks.HEADER)));
        // Capped at 2 s by the service; without the cap the server's 30 s would pass first. 20 s leaves room for a busy machine.
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(20));
        // The suggestion path waits for the bookmark too.
        mvc.perform(get("/api/members/ada/suggestions").header(HttpHeaders.AUTHORIZATION, bearer("ada"))
                        .header(RequestBookmarks.HEADER, future))
                .andExpect(status().isServiceUnavailable());
        // A client's bookmark never becomes the instance's: calls without one are not held back by it.
        putAda().andExpect(status().isOk());
        mvc.perform(get("/api/members/ada").header(HttpHeaders.AUTHORIZATION, bearer("ada"))).andExpect(status().isOk());
    }

    /**
     * Malformed: not a short list of visible-ASCII tokens (refused before any work), or tokens the database cannot
     * read (refused by the database, answered 400). The service does not decode bookmarks itself, so one the
     * database reads (e.g. a real one with bytes it ignores appended) is the database's to judge.
     */
    @Test
    void malformedBookmarksAre400AndChangeNothing() throws Exception {
        String real = putAda().andReturn().getResponse().getHeader(RequestBookmarks.HEADER);
        cypher("MATCH (n:Member) DETACH DELETE n", java.util.Map.of());
        String[] malformed = {"not a bookmark!", "FB:xyz", real + ",<script>", (real + ",").repeat(RequestBookmarks.MAX_BOOKMARKS) + real, "x".repeat(600),
                "FB:" + Base64.getEncoder().encodeToString(new byte[24]), real.substring(0, real.length() - 4), real + "!",
                "x".repeat(1001), real + ",,", "\u00e9t\u00e9"};
        for (String bad : malformed) {
            putAda(bad).andExpect(status().isBadRequest())
                    .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                    .andExpect(jsonPath("$.errors[0].field").value(RequestBookmarks.HEADER));
        }
        assertThat(count("MATCH (m:Member) RETURN count(m)")).isZero();
    }

    /** Every path that reaches Neo4j turns the database's refusal into the same 400: reads, pair writes, suggestions. */
    @Test
    void aBookmarkTheDatabaseCannotReadIs400OnEveryPath() throws Exception {
        putAda();
        cypher("CREATE (:Member {id: 'bob', firstName: 'Bob', lastName: 'B'})", java.util.Map.of());
        String unreadable = "FB:kcwQ";
        String before = fingerprint();
        mvc.perform(get("/api/members/ada/suggestions").header(HttpHeaders.AUTHORIZATION, bearer("ada"))
                .header(RequestBookmarks.HEADER, unreadable)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/members/ada/relationship?with=bob").header(HttpHeaders.AUTHORIZATION, bearer("ada"))
                .header(RequestBookmarks.HEADER, unreadable)).andExpect(status().isBadRequest());
        mvc.perform(post("/api/invitations")
                        .header(HttpHeaders.AUTHORIZATION, bearer("ada")).header(RequestBookmarks.HEADER, unreadable)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"bob\", \"source\": \"PROFILE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(RequestBookmarks.HEADER));
        mvc.perform(post("/api/members/ada/suggestions/bob/dismiss")
                        .header(HttpHeaders.AUTHORIZATION, bearer("ada")).header(RequestBookmarks.HEADER, unreadable))
                .andExpect(status().isBadRequest());
        assertThat(fingerprint()).isEqualTo(before);
        // Nor does an unreadable bookmark stay behind in the instance (it would fail every later transaction).
        mvc.perform(post("/api/invitations").header(HttpHeaders.AUTHORIZATION, bearer("ada"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"bob\", \"source\": \"PROFILE\"}"))
                .andExpect(status().isCreated());
    }

    private String fingerprint() {
        try (var session = driver.session()) {
            return session.run("MATCH (n) WHERE NOT n:__Migration OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) + '/' + count(r) AS f")
                    .single().get("f").asString();
        }
    }

    private org.springframework.test.web.servlet.ResultActions putAda() throws Exception {
        return mvc.perform(put("/api/members/ada").header(HttpHeaders.AUTHORIZATION, bearer("ada"))
                .contentType(MediaType.APPLICATION_JSON).content(ADA));
    }

    private org.springframework.test.web.servlet.ResultActions putAda(String bookmark) throws Exception {
        return mvc.perform(put("/api/members/ada").header(HttpHeaders.AUTHORIZATION, bearer("ada"))
                .header(RequestBookmarks.HEADER, bookmark).contentType(MediaType.APPLICATION_JSON).content(ADA));
    }

    /**
     * The same bookmark, a billion transactions later on every database it names. The service treats bookmarks as
     * opaque; only this test forges one, so it knows Neo4j 5's layout: "FB:" + base64 of PackStream: a list marker
     * for n databases, n times (16-byte database id, last transaction id), an empty list. If a Neo4j upgrade
     * changes that, the forged bookmark is refused (400) and the test says so instead of passing.
     */
    private static String future(String bookmark) {
        assertThat(bookmark).as("bookmark layout of Neo4j 5.26").startsWith("FB:");
        byte[] b = Base64.getDecoder().decode(bookmark.substring(3));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b[0]);                                                              // n databases
        int at = 1;
        for (int i = 0; i < (b[0] & 0xFF) - 0x90; i++) {
            out.writeBytes(Arrays.copyOfRange(b, at, at + 18));                       // database id
            out.write(0xCB);                                                          // INT_64
            out.writeBytes(ByteBuffer.allocate(8).putLong(1_000_000_000L).array());  // transaction id
            int marker = b[at + 18] & 0xFF;
            at += 18 + (marker <= 0x7F ? 1 : marker == 0xC8 ? 2 : marker == 0xC9 ? 3 : marker == 0xCA ? 5 : 9);
        }
        out.write(0x90);
        return "FB:" + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
