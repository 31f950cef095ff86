package app.rapport.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import app.rapport.support.IntegrationTest;

/** The change feed in one process: what the write side records, and another instance's change applied in order. */
class ChangeFeedTest extends IntegrationTest {

    @Autowired
    ChangeFeed feed;

    @Test
    void everyStateChangeIsNumberedInCommitOrderAndAnotherInstancesChangeIsApplied() throws Exception {
        new SuggestionFixtures(driver).members("ada", "bob", "p1", "p2", "p3").connect("ada", "bob", "bob", "p1", "bob", "p2", "bob", "p3");
        graphs.reload();
        feed.poll();
        long before = feed.lastNumber();
        mvc.perform(post("/api/invitations").header(HttpHeaders.AUTHORIZATION, bearer("ada"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"p1\", \"source\": \"PROFILE\"}")).andExpect(status().isCreated());
        mvc.perform(post("/api/members/ada/suggestions/p2/dismiss").header(HttpHeaders.AUTHORIZATION, bearer("ada")))
                .andExpect(status().isNoContent());
        assertThat(feed.lastNumber()).isEqualTo(before + 2);
        assertThat(count("MATCH (c:Change) WHERE c.seq > $before AND c.a = 'ada' RETURN count(c)", Map.of("before", before))).isEqualTo(2);
        // This instance skips its own changes (applied before the 2xx): nothing to apply.
        assertThat(feed.poll()).isZero();

        // Another instance (another origin) dismissed p3 for ada: applied at the next poll, not before.
        cypher("""
                MERGE (counter:ChangeCounter {id: 'suggestions'}) ON CREATE SET counter.seq = 0 SET counter.seq = counter.seq + 1
                CREATE (:Change {seq: counter.seq, kind: 'dismissed', origin: 'another-instance', a: 'ada', b: 'p3', at: datetime()})
                """, Map.of());
        assertThat(ids()).containsExactly("p3");
        assertThat(feed.poll()).isEqualTo(1);
        assertThat(ids()).isEmpty();
    }

    @Test
    void anotherInstancesChangesAreAppliedInSequenceOrder() {
        new SuggestionFixtures(driver).members("ada", "bob", "p1").connect("ada", "bob", "bob", "p1");
        graphs.reload();
        feed.poll();
        // Elsewhere ada invited p1, then withdrew. The later change is stored first, so only the sequence says which
        // came first: applied in that order the pair is cooling down (p1 sees ada again); the other way round both
        // would still see an invitation pending.
        cypher("""
                MERGE (counter:ChangeCounter {id: 'suggestions'}) ON CREATE SET counter.seq = 0 SET counter.seq = counter.seq + 2
                CREATE (:Change {seq: counter.seq, kind: 'invitation', origin: 'another-instance', a: 'ada', b: 'p1',
                                 status: 'WITHDRAWN', at: $at})
                CREATE (:Change {seq: counter.seq - 1, kind: 'invitation', origin: 'another-instance', a: 'ada', b: 'p1',
                                 status: 'PENDING', at: $at})
                """, Map.of("at", clock.instant().atZone(java.time.ZoneOffset.UTC)));
        assertThat(suggested("p1")).contains("ada");
        assertThat(feed.poll()).isEqualTo(2);
        assertThat(ids()).as("ada: withdrawn, cooling down").doesNotContain("p1");
        assertThat(suggested("p1")).as("p1: nothing pending any more").contains("ada");
    }

    @Test
    void anInstanceBehindTheRetentionRebuildsInFull() {
        new SuggestionFixtures(driver).members("ada", "bob", "p1").connect("ada", "bob");
        graphs.reload();
        feed.poll();
        long builds = graphs.status().builds();
        // bob-p1 connected elsewhere; the feed's record of it was pruned, a later one remains.
        cypher("""
                MATCH (b:Member {id: 'bob'}), (p:Member {id: 'p1'}) CREATE (b)-[:CONNECTED_TO]->(p)
                WITH 1 AS one MERGE (counter:ChangeCounter {id: 'suggestions'}) ON CREATE SET counter.seq = 0 SET counter.seq = counter.seq + 2
                CREATE (:Change {seq: counter.seq, kind: 'dismissed', origin: 'another-instance', a: 'bob', b: 'ada', at: datetime()})
                """, Map.of());
        assertThat(ids()).isEmpty();
        feed.poll();
        assertThat(graphs.status().builds()).isEqualTo(builds + 1);
        assertThat(ids()).containsExactly("p1");
    }

    @Test
    void aBulkImportElsewhereMakesTheInstanceRebuild() {
        new SuggestionFixtures(driver).members("ada", "bob", "p1").connect("ada", "bob");
        graphs.reload();
        feed.poll();
        long builds = graphs.status().builds();
        // Another process imported bob-p1 (no change record per connection), then recorded the import.
        cypher("""
                MATCH (b:Member {id: 'bob'}), (p:Member {id: 'p1'}) CREATE (b)-[:CONNECTED_TO]->(p)
                WITH 1 AS one MERGE (counter:ChangeCounter {id: 'suggestions'}) ON CREATE SET counter.seq = 0 SET counter.seq = counter.seq + 1
                CREATE (:Change {seq: counter.seq, kind: 'import', origin: 'an-import-command', at: datetime()})
                """, Map.of());
        assertThat(ids()).isEmpty();
        feed.poll();
        assertThat(graphs.status().builds()).isEqualTo(builds + 1);
        assertThat(ids()).containsExactly("p1");
    }

    @Test
    void aProfileAnotherInstanceWroteIsServedOnceTheFeedBringsIt() throws Exception {
        new SuggestionFixtures(driver).members("ada");
        graphs.reload();
        feed.poll();
        mvc.perform(get("/api/members/ada").header(HttpHeaders.AUTHORIZATION, bearer("ada")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.headline").doesNotExist());
        // Another instance rewrote ada's profile (no event here): the copy in memory still answers until the feed says so.
        cypher("""
                MATCH (m:Member {id: 'ada'}) SET m.headline = 'Cartographer'
                WITH 1 AS one MERGE (counter:ChangeCounter {id: 'suggestions'}) ON CREATE SET counter.seq = 0 SET counter.seq = counter.seq + 1
                CREATE (:Change {seq: counter.seq, kind: 'profile', origin: 'another-instance', a: 'ada', name: 'Ada L',
                                 interests: [], organizations: [], at: datetime()})
                """, Map.of());
        mvc.perform(get("/api/members/ada").header(HttpHeaders.AUTHORIZATION, bearer("ada")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.headline").doesNotExist());
        assertThat(feed.poll()).isEqualTo(1);
        mvc.perform(get("/api/members/ada").header(HttpHeaders.AUTHORIZATION, bearer("ada")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.headline").value("Cartographer"));
    }

    private List<String> ids() {
        return suggested("ada");
    }

    private List<String> suggested(String member) {
        return suggestions.suggest(member, 20, false, false).stream().map(Suggestion::memberId).toList();
    }
}
