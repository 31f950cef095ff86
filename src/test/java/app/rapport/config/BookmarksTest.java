package app.rapport.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import app.rapport.support.IntegrationTest;

/**
 * Read-your-own-writes across instances: every successful answer carries a bookmark, and a
 * request that sends one back runs only once the database has reached it. One database here, so "not reached
 * yet" is shown with a bookmark from the future: the request waits (the test harness gives up after 2 s) and
 * answers 503, which proves the bookmark really reaches the transaction, SDN's and the plain driver's.
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
        // The suggestion path runs plain driver sessions (whose bookmarks arrive on the driver's threads).
        String afterSuggestions = mvc.perform(get("/api/members/ada/suggestions").header(HttpHeaders.AUTHORIZATION, bearer("ada"))
                        .header(RequestBookmarks.HEADER, bookmark))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader(RequestBookmarks.HEADER);
        assertThat(afterSuggestions).isNotBlank();
        assertThat(RequestBookmarks.wellFormed(afterSuggestions.split(",")[0])).isTrue();
        // Refused calls carry none.
        mvc.perform(get("/api/members/ada")).andExpect(status().isUnauthorized()).andExpect(header().doesNotExist(RequestBookmarks.HEADER));
        mvc.perform(get("/api/members/ada/suggestions").header(HttpHeaders.AUTHORIZATION, bearer("bob")))
                .andExpect(status().isForbidden()).andExpect(header().doesNotExist(RequestBookmarks.HEADER));
    }

    @Test
    void aBookmarkTheDatabaseHasNotReachedMakesTheCallWaitThenAnswer503() throws Exception {
        String future = future(putAda().andReturn().getResponse().getHeader(RequestBookmarks.HEADER));

        mvc.perform(get("/api/members/ada").header(HttpHeaders.AUTHORIZATION, bearer("ada")).header(RequestBookmarks.HEADER, future))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "1"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(RequestBookmarks.HEADER)));
        // The suggestion path reads through a plain driver session: it waits for the bookmark too.
        mvc.perform(get("/api/members/ada/suggestions").header(HttpHeaders.AUTHORIZATION, bearer("ada"))
                        .header(RequestBookmarks.HEADER, future))
                .andExpect(status().isServiceUnavailable());
    }

    @Test
    void malformedBookmarksAre400AndChangeNothing() throws Exception {
        String real = putAda().andReturn().getResponse().getHeader(RequestBookmarks.HEADER);
        cypher("MATCH (n:Member) DETACH DELETE n", java.util.Map.of());
        String[] malformed = {"not a bookmark!", "FB:xyz", real + ",<script>", (real + ",").repeat(17) + real, "x".repeat(600),
                "FB:" + Base64.getEncoder().encodeToString(new byte[24]), real.substring(0, real.length() - 4), real + "AAAA"};
        for (String bad : malformed) {
            putAda(bad).andExpect(status().isBadRequest())
                    .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                    .andExpect(jsonPath("$.errors[0].field").value(RequestBookmarks.HEADER));
        }
        assertThat(count("MATCH (m:Member) RETURN count(m)")).isZero();
    }

    @Test
    void onlyTheNewestBookmarkOfEachDatabaseIsSentBack() {
        String a5 = bookmark(new int[][] {{1, 5}});
        String a9 = bookmark(new int[][] {{1, 9}});
        String b3 = bookmark(new int[][] {{2, 3}});
        String a9b3 = bookmark(new int[][] {{1, 9}, {2, 3}});
        String a300 = bookmark(new int[][] {{1, 300}});   // an INT_16 transaction id
        assertThat(RequestBookmarks.newest(java.util.List.of(a5, a9))).containsExactly(a9);
        assertThat(RequestBookmarks.newest(java.util.List.of(a9, a5, a300))).containsExactly(a300);
        assertThat(RequestBookmarks.newest(java.util.List.of(a5, b3))).containsExactlyInAnyOrder(a5, b3);
        assertThat(RequestBookmarks.newest(java.util.List.of(a5, b3, a9b3))).containsExactly(a9b3);
        assertThat(RequestBookmarks.newest(java.util.List.of(a9, a9))).containsExactly(a9);
        assertThat(RequestBookmarks.newest(java.util.List.of(a9, "FB:xyz"))).isNull();
    }

    /** A Neo4j 5 bookmark naming database ids {n, n, …} (16 bytes each) at the given transactions. */
    private static String bookmark(int[][] positions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x90 + positions.length);
        for (int[] p : positions) {
            out.write(0xCC);
            out.write(0x10);
            byte[] id = new byte[16];
            Arrays.fill(id, (byte) p[0]);
            out.writeBytes(id);
            if (p[1] <= 0x7F) {
                out.write(p[1]);
            } else {
                out.write(0xC9);
                out.writeBytes(ByteBuffer.allocate(2).putShort((short) p[1]).array());
            }
        }
        out.write(0x90);
        return "FB:" + Base64.getEncoder().encodeToString(out.toByteArray());
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
     * The same bookmark, a billion transactions later on every database it names. Neo4j 5 bookmarks are "FB:" +
     * base64 of PackStream: a list marker for n databases, n times (16-byte database id, last transaction id), an
     * empty list (see {@link RequestBookmarks#wellFormed}). If a Neo4j upgrade changes that, this test says so
     * instead of passing.
     */
    private static String future(String bookmark) {
        assertThat(RequestBookmarks.wellFormed(bookmark)).as("bookmark layout of Neo4j 5.26").isTrue();
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
        String future = "FB:" + Base64.getEncoder().encodeToString(out.toByteArray());
        assertThat(RequestBookmarks.wellFormed(future)).isTrue();
        return future;
    }
}
