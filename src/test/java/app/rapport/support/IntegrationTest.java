package app.rapport.support;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import app.rapport.analytics.DailyRollups;
import app.rapport.experiment.Experiments;
import app.rapport.suggestion.MemberGraphStore;
import app.rapport.suggestion.Suggestions;
import app.rapport.security.Role;
import app.rapport.security.TokenIssuer;

/**
 * Base of the tests that need the whole service on a real Neo4j: one shared harness database and one
 * cached Spring context for all subclasses (so keep their configuration identical); data is wiped before
 * each test, the schema stays. Calls go through MockMvc with real JWTs from the local key.
 */
// No background ranker training: a model promoted mid-suite would change the lists tests expect.
@SpringBootTest(properties = {"rapport.import.progress=false", "rapport.ranking.retrain-interval=0"})
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected Driver driver;

    @Autowired
    protected TokenIssuer tokens;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected MemberGraphStore graphs;

    @Autowired
    protected Suggestions suggestions;

    @Autowired
    protected Experiments experiments;

    @Autowired
    protected DailyRollups rollups;

    @DynamicPropertySource
    static void neo4jProperties(DynamicPropertyRegistry registry) {
        TestNeo4j.register(registry, "rapport-test-");
        // Tests poll the change feed themselves (ChangeFeedTest): a background poll between a test's foreign change
        // and its own poll would apply it first and make the test's count a race.
        registry.add("rapport.suggestions.feed-interval", () -> "1h");
        // Each test rebuilds the graph itself (cleanGraph); a warm-up build still queued at context start, or the
        // periodic resync firing mid-test on a slow machine, would swap the graph under a test that counts builds.
        registry.add("rapport.suggestions.warm-on-start", () -> "false");
        registry.add("rapport.suggestions.resync-interval", () -> "24h");
    }

    @BeforeEach
    void cleanGraph() {
        clock.reset();
        // Impressions of the previous test still queued would land in this one's graph.
        suggestions.flushImpressions();
        // Rollup rebuilds the previous test's invitations marked would run on this one's graph.
        rollups.flush();
        TestNeo4j.wipe(driver);
        // Experiments are kept in memory: one left by the previous test would still assign arms.
        experiments.refresh();
        // The suggestions' in-memory state follows the service's own writes; a wipe behind its back needs a rebuild.
        graphs.reload();
    }

    /** "Bearer …" for a member with the given role. */
    protected String bearer(String memberId, Role role) {
        return "Bearer " + tokens.issue(memberId, role);
    }

    protected String bearer(String memberId) {
        return bearer(memberId, Role.MEMBER);
    }

    /** Members with first name "F{id}" and last name "L{id}". */
    protected void members(String... ids) {
        cypher("UNWIND $ids AS id CREATE (:Member {id: id, firstName: 'F' + id, lastName: 'L' + id})",
                Map.of("ids", List.of(ids)));
    }

    protected void connect(String a, String b) {
        cypher("MATCH (a:Member {id: $a}), (b:Member {id: $b}) CREATE (a)-[:CONNECTED_TO {since: datetime()}]->(b)",
                Map.of("a", a, "b", b));
    }

    protected void cypher(String query, Map<String, Object> params) {
        try (var session = driver.session()) {
            session.run(query, params).consume();
        }
    }

    /** Runs Cypher and returns the single value of its single row (for assertions on the graph). */
    protected long count(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.run(cypher, params).single().get(0).asLong();
        }
    }

    protected long count(String cypher) {
        return count(cypher, Map.of());
    }
}
