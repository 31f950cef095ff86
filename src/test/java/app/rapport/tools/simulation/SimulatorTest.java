package app.rapport.tools.simulation;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import app.rapport.importer.Progress;
import app.rapport.suggestion.MemberGraphStore;
import app.rapport.support.IntegrationTest;
import app.rapport.support.MutableClock;
import app.rapport.support.RingFixture;

/** The simulation on a small graph: realistic, marked simulated, stamped with simulated time, seeded. */
class SimulatorTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MemberGraphStore memberGraph;

    @BeforeEach
    void graph() {
        RingFixture.write(driver);
    }

    private SimulationReport simulate() {
        // The fixture is written with plain Cypher (no connection events), so the suggestion engine's
        // in-memory copy is rebuilt from the graph first, as a fresh simulate process would build it.
        memberGraph.reload();
        return Simulator.from(context).run(30, 11, clock::set, Progress.NONE);
    }

    @Test
    void activityIsSimulatedMarkedAndInSimulatedTime() {
        long connectionsBefore = count("MATCH ()-[c:CONNECTED_TO]->() RETURN count(c)");
        SimulationReport report = simulate();

        assertThat(report.sent()).isPositive();
        assertThat(report.accepted()).isPositive();
        assertThat(report.ignored()).isPositive();
        assertThat(report.shown()).isPositive();
        assertThat(count("MATCH (i:Invitation) RETURN count(i)")).isEqualTo(report.sent());
        assertThat(count("MATCH (i:Invitation) WHERE i.simulated <> true RETURN count(i)")).isZero();
        // Impressions are written behind, aggregated per (member, candidate, day): wait for the writer.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                count("MATCH (s:SuggestionShown) WHERE s.simulated = true RETURN sum(s.shown)")).isEqualTo(report.shown()));
        assertThat(count("MATCH (i:Invitation {status: 'ACCEPTED'}) RETURN count(i)")).isEqualTo(report.accepted());
        // Every acceptance made exactly one new connection, dated when it was accepted.
        assertThat(count("MATCH ()-[c:CONNECTED_TO]->() RETURN count(c)")).isEqualTo(connectionsBefore + report.accepted());
        assertThat(count("""
                MATCH (a:Member)-[:SENT]->(i:Invitation {status: 'ACCEPTED'})-[:TO]->(b:Member), (a)-[c:CONNECTED_TO]-(b)
                WHERE c.since = i.answeredAt RETURN count(i)""")).isEqualTo(report.accepted());
        // Time moved through the 30 days before "now" and was put back at the end.
        Map<String, Object> bounds = Map.of("start", MutableClock.START.minus(Duration.ofDays(30)).toString(),
                "end", MutableClock.START.toString());
        assertThat(count("""
                MATCH (i:Invitation) WHERE i.sentAt < datetime($start) OR i.sentAt >= datetime($end)
                   OR i.answeredAt < i.sentAt OR i.answeredAt >= datetime($end) RETURN count(i)""", bounds)).isZero();
        assertThat(count("MATCH (i:Invitation) RETURN count(DISTINCT date(i.sentAt))")).isGreaterThan(10);
        assertThat(clock.instant()).isEqualTo(MutableClock.START);
        // Notes come in every kind the service classifies.
        assertThat(count("MATCH (i:Invitation) RETURN count(DISTINCT i.noteKind)")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aDraftsToneMovesAcceptanceOnlyWhenANoteToneExperimentChangesIt() {
        // Without a note-tone experiment the service offers the friendly draft first: the tone adds nothing, so
        // every simulation without one is what it was before the tone was modelled.
        ServiceActivity activity = new ServiceActivity(context.getBean(app.rapport.invitation.Invitations.class),
                context.getBean(app.rapport.suggestion.Suggestions.class), context.getBean(app.rapport.note.NoteDrafts.class),
                context.getBean(org.springframework.data.neo4j.core.Neo4jClient.class));
        assertThat(activity.draft("m0", "m30")).map(app.rapport.note.NoteDraft::tone).contains("friendly");
        assertThat(SimulationPlan.acceptance(2, 1, app.rapport.note.NoteKind.DRAFTED, "friendly"))
                .isEqualTo(SimulationPlan.acceptance(2, 1, app.rapport.note.NoteKind.DRAFTED, null));
        // With one, a sender in the brief arm starts from a brief draft, which the simulated recipients accept less.
        assertThat(SimulationPlan.acceptance(2, 1, app.rapport.note.NoteKind.DRAFTED, "brief"))
                .isLessThan(SimulationPlan.acceptance(2, 1, app.rapport.note.NoteKind.DRAFTED, "professional"))
                .isLessThan(SimulationPlan.acceptance(2, 1, app.rapport.note.NoteKind.DRAFTED, "friendly"));
    }

    @Test
    void theSameSeedGivesTheSameActivity() {
        SimulationReport first = simulate();
        // Wait for the impressions written behind: deleted before they land, they would come back and the
        // second run would start from different impression counts.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                count("MATCH (s:SuggestionShown) RETURN sum(s.shown)")).isEqualTo(first.shown()));
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE n:Invitation OR n:SuggestionShown DETACH DELETE n").consume();
            session.run("MATCH ()-[c:CONNECTED_TO]->() WHERE c.since > datetime('2026-02-01T00:00:00Z') DELETE c").consume();
        }
        SimulationReport second = simulate();
        assertThat(second).usingRecursiveComparison().isEqualTo(first);
    }
}
