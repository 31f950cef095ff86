package app.rapport.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

import app.rapport.invitation.ReasonCode;
import app.rapport.support.IntegrationTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Impressions are counted in memory at once and written behind, aggregated, never blocking a request. */
class ImpressionWriterTest extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Neo4jClient neo4j;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void thirtyViewsOfTheSameListAddOneRecordPerCandidate() {
        new SuggestionFixtures(driver).members("ada", "bob", "c1", "c2", "c3").connect("ada", "bob", "bob", "c1", "bob", "c2", "bob", "c3");
        graphs.reload();
        for (int view = 0; view < 30; view++) {
            assertThat(suggestions.suggest("ada", 20, true, false)).hasSize(3);
        }
        // In memory before any write: the next list (and an invitation sent from it) already knows.
        assertThat(graphs.current().impressions.timesShown("ada", "c1")).isEqualTo(30);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(count("MATCH (s:SuggestionShown {member: 'ada'}) RETURN sum(s.shown)")).isEqualTo(90));
        assertThat(count("MATCH (s:SuggestionShown) RETURN count(s)")).isEqualTo(3);
        assertThat(count("MATCH (s:SuggestionShown {candidate: 'c1'}) WHERE s.shown = 30 AND s.bestRank = 1 "
                + "AND s.lastRank = 1 AND s.reasons = ['MUTUAL_CONNECTIONS'] AND s.firstShown <= s.lastShown RETURN count(s)")).isEqualTo(1);
        // A rebuild loads the counts back from the records.
        graphs.reload();
        assertThat(graphs.current().impressions.timesShown("ada", "c2")).isEqualTo(30);
    }

    @Test
    void aRebuildSeesTheViewsServedBeforeItEvenIfNotWrittenYet() {
        new SuggestionFixtures(driver).members("ada", "bob", "c1").connect("ada", "bob", "bob", "c1");
        graphs.reload();
        // Stored: c1 shown twice yesterday at rank 9. Then served now at rank 1, and a rebuild before any flush.
        neo4j.query("""
                CREATE (:SuggestionShown {member: 'ada', candidate: 'c1', day: date($earlier), simulated: false, shown: 2,
                        firstShown: $earlier, lastShown: $earlier, bestRank: 9, lastRank: 9, lastScore: 0.1, reasons: ['SAME_CITY']})
                """).bind(clock.instant().minus(Duration.ofDays(1)).atZone(java.time.ZoneOffset.UTC)).to("earlier").run();
        assertThat(suggestions.suggest("ada", 20, true, false)).hasSize(1);

        graphs.reload();

        assertThat(graphs.current().impressions.seen("ada", "c1")).hasValueSatisfying(s -> {
            assertThat(s.lastRank()).isEqualTo(1);
            assertThat(s.reasons()).containsExactly(ReasonCode.MUTUAL_CONNECTIONS);
            assertThat(s.shown()).isEqualTo(3);
        });
    }

    @Test
    void theInMemoryCountsHoldOnlyTheWindowAndAtMostTheirPairs() {
        new SuggestionFixtures(driver).members("ada", "bob", "c1", "c2").connect("ada", "bob", "bob", "c1", "bob", "c2");
        // c1 shown 100 days ago (outside the 90-day window), c2 yesterday: a rebuild loads c2 only.
        for (var shown : Map.of("c1", Duration.ofDays(100), "c2", Duration.ofDays(1)).entrySet()) {
            neo4j.query("""
                    CREATE (:SuggestionShown {member: 'ada', candidate: $candidate, day: date($at), simulated: false, shown: 5,
                            firstShown: $at, lastShown: $at, bestRank: 1, lastRank: 1, lastScore: 0.1, reasons: []})
                    """).bindAll(Map.of("candidate", shown.getKey(),
                    "at", clock.instant().minus(shown.getValue()).atZone(java.time.ZoneOffset.UTC))).run();
        }
        graphs.reload();
        ImpressionCounts counts = graphs.current().impressions;
        assertThat(counts.timesShown("ada", "c1")).isZero();
        assertThat(counts.timesShown("ada", "c2")).isEqualTo(5);
        assertThat(counts.pairs()).isEqualTo(1);

        counts.limit(2);
        counts.shown("bob", "ada", clock.instant(), 1, List.of());
        counts.shown("bob", "c1", clock.instant(), 2, List.of());   // a third pair: no room
        counts.shown("ada", "c2", clock.instant(), 1, List.of());   // a pair already counted still counts
        assertThat(counts.pairs()).isEqualTo(2);
        assertThat(counts.timesShown("bob", "ada")).isEqualTo(1);
        assertThat(counts.timesShown("bob", "c1")).isZero();
        assertThat(counts.timesShown("ada", "c2")).isEqualTo(6);
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfBlocking() throws Exception {
        new SuggestionFixtures(driver).members("ada", "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7");
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        // A writer that never flushes on its own (1 h), with room for 5 records.
        ImpressionWriter writer = new ImpressionWriter(neo4j, transactions, new ImpressionSettings(Duration.ofHours(1), 5000, 5, Duration.ofDays(90), 5_000_000), meters, events);
        try {
            assertThat(writer.offer(views(8))).isEqualTo(3);                  // c5, c6, c7: no room for their records
            assertThat(writer.offer(views(1))).isZero();                      // c0 again: its record is pending
            assertThat(writer.offer(List.of(view("c6", 0)))).isEqualTo(1);
            assertThat(meters.get("rapport.impressions.dropped").counter().count()).isEqualTo(4);
            assertThat(meters.get("rapport.impressions.queued").gauge().value()).isEqualTo(6);
        } finally {
            // Graceful shutdown writes what is still queued.
            writer.destroy();
        }
        assertThat(count("MATCH (s:SuggestionShown {member: 'ada'}) RETURN sum(s.shown)")).isEqualTo(6);
        assertThat(count("MATCH (s:SuggestionShown {member: 'ada', candidate: 'c0'}) RETURN sum(s.shown)")).isEqualTo(2);
        assertThat(count("MATCH (s:SuggestionShown {member: 'ada'}) WHERE s.candidate IN ['c5', 'c6', 'c7'] RETURN count(s)")).isZero();
        assertThat(meters.get("rapport.impressions.written").counter().count()).isEqualTo(6);
    }

    /** One view each of candidates c0 … c(n-1) in ada's list. */
    private List<ImpressionWriter.View> views(int n) {
        return IntStream.range(0, n).mapToObj(i -> view("c" + i, i)).toList();
    }

    private ImpressionWriter.View view(String candidate, int i) {
        return new ImpressionWriter.View("ada", candidate, false, clock.instant().plusMillis(i), 1 + i, 0.5,
                List.of(ReasonCode.MUTUAL_CONNECTIONS));
    }
}
