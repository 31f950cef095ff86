package app.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.jayway.jsonpath.JsonPath;

/**
 * Two real service processes on one database: the first with the embedded store and demo data, the second
 * started with {@code spring.neo4j.uri} at the first one's Bolt port. A dismissal or an invitation on the first is
 * reflected in the second's suggestions through the change feed, within the feed interval (plus a poll); the line
 * {@code feed lag: …} reports the lag measured from the 2xx on the first to the change seen on the second, once the
 * second serves from its in-memory graph (impression discounting off there); its median must be within three
 * feed intervals. Also where
 * bookmarks are on: the second instance (external database) reads and sends them, the embedded first one does not.
 */
class ChangeFeedIT {

    private static final String MEMBER = "933";
    private static final int SAMPLES = Integer.getInteger("rapport.feed.samples", 20);
    /** Under the default rate limit of 100 suggestion calls per member in 10 s; the lag is read to this step. */
    private static final Duration POLL = Duration.ofMillis(150);

    @TempDir
    Path tmp;

    @Test
    void aWriteOnOneInstanceReachesTheOthersSuggestionsWithinTheFeedInterval() throws Exception {
        Path data = tmp.resolve("data");
        int bolt = RunningService.freePort();
        try (RunningService first = RunningService.start(data, RunningService.freePort(), bolt, "--rapport.demo=true")) {
            assertThat(first.awaitHealthy()).as(first.output()).isTrue();
            // Same data dir only for the signing key (tokens work on both); the database is the first one's.
            // The first one's database asks for its password (generated into the data dir on the first start).
            String password = Files.readString(data.resolve("bolt-password")).strip();
            try (RunningService second = RunningService.start(data, RunningService.freePort(), RunningService.freePort(),
                    "--spring.neo4j.uri=bolt://127.0.0.1:" + bolt, "--spring.neo4j.authentication.username=neo4j",
                    "--spring.neo4j.authentication.password=" + password,
                    // Without impression discounting: the polls below each serve a list, and discounting alone would
                    // push a candidate out of the top 100 without any change reaching this instance.
                    "--rapport.ranking.discount.strength=0")) {
                assertThat(second.awaitHealthy()).as(second.output()).isTrue();
                // Until its first in-memory graph is built the second instance reads each viewer's state from the
                // database, which shows a dismissal at once: the lag below is the feed's only once it serves from memory.
                await("the second instance's suggestion graph built").atMost(RunningService.START_BOUND).pollInterval(Duration.ofMillis(100))
                        .until(() -> "UP".equals(JsonPath.read(second.get("/actuator/health", null).body(), "$.components.suggestionGraph.status")));
                RunningService.Result issued = RunningService.command("token", "--member", MEMBER, "--rapport.data-dir=" + data);
                assertThat(issued.exitCode()).as(issued.output()).isZero();
                String token = issued.lastLine();

                bookmarksOnlyWhereTheyBuySomething(first, second, token);

                List<String> shown = suggested(second, token);
                assertThat(shown).hasSizeGreaterThan(SAMPLES + 1);
                List<Long> lags = new ArrayList<>();
                for (int i = 0; i < SAMPLES; i++) {
                    String other = shown.get(i);
                    long start = System.nanoTime();
                    assertThat(first.post("/api/members/" + MEMBER + "/suggestions/" + other + "/dismiss", token, null).statusCode())
                            .isEqualTo(204);
                    await("dismissal of " + other + " seen by the second instance").atMost(Duration.ofSeconds(60))
                            .pollInterval(POLL).until(() -> !suggested(second, token).contains(other));
                    lags.add((System.nanoTime() - start) / 1_000_000);
                }
                String invited = shown.get(SAMPLES);
                assertThat(first.post("/api/invitations", token, "{\"to\": \"" + invited + "\", \"source\": \"PROFILE\"}").statusCode())
                        .isEqualTo(201);
                await("invitation seen by the second instance").atMost(Duration.ofSeconds(60)).pollInterval(POLL)
                        .until(() -> !suggested(second, token).contains(invited));
                // The writer's own instance saw each change before answering.
                assertThat(suggested(first, token)).doesNotContainAnyElementsOf(shown.subList(0, SAMPLES + 1));

                List<Long> sorted = lags.stream().sorted().toList();
                System.out.printf("feed lag: %d writes, p50 %d ms, p99 %d ms, max %d ms (feed interval 1 s)%n", sorted.size(),
                        sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.get(sorted.size() - 1));
                assertThat(second.output()).doesNotContain("Change feed poll failed");
                // The promise: within the feed interval (the default, 1 s) plus a poll. The median, so one write that
                // met a collection or a slow request on a busy machine does not fail it; a feed read every 5 s does.
                assertThat(sorted.get(sorted.size() / 2)).as("median feed lag, ms").isLessThanOrEqualTo(3_000L);
            }
        }
    }

    /**
     * The embedded server neither reads nor sends {@code Rapport-Bookmark} (every read there sees every commit); the
     * instance on an external URI does both, so a header it cannot read is refused there and ignored on the first.
     */
    private static void bookmarksOnlyWhereTheyBuySomething(RunningService first, RunningService second, String token) throws Exception {
        String profile = "/api/members/" + MEMBER;
        var fromFirst = first.get(profile, token);
        assertThat(fromFirst.statusCode()).isEqualTo(200);
        assertThat(fromFirst.headers().firstValue("Rapport-Bookmark")).isEmpty();
        var fromSecond = second.get(profile, token);
        assertThat(fromSecond.statusCode()).isEqualTo(200);
        String bookmark = fromSecond.headers().firstValue("Rapport-Bookmark").orElseThrow();
        assertThat(second.get(profile, token, "Rapport-Bookmark", bookmark).statusCode()).isEqualTo(200);
        assertThat(second.get(profile, token, "Rapport-Bookmark", "nonsense").statusCode()).isEqualTo(400);
        assertThat(first.get(profile, token, "Rapport-Bookmark", "nonsense").statusCode()).isEqualTo(200);
    }

    private static List<String> suggested(RunningService service, String token) throws Exception {
        var r = service.get("/api/members/" + MEMBER + "/suggestions?limit=100", token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JsonPath.read(r.body(), "$.suggestions[*].memberId");
    }
}
