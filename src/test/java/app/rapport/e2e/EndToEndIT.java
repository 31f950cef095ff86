package app.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The packaged service as a user runs it: starts on the embedded default with demo data, answers over
 * HTTP (with a token from the {@code token} command) and over Bolt, stops on SIGTERM, starts again on the
 * same data dir and finds everything; clear one-line failures for a taken port or an unusable data dir.
 */
class EndToEndIT {

    @TempDir
    Path tmp;

    @Test
    void servesOverHttpAndBoltAndKeepsDataAcrossRestarts() throws Exception {
        Path data = tmp.resolve("data");
        int bolt = RunningService.freePort();
        String token;
        try (RunningService service = RunningService.start(data, RunningService.freePort(), bolt, "--rapport.demo=true")) {
            assertThat(service.awaitHealthy()).as(service.output()).isTrue();
            assertThat(service.get("/actuator/health", null).body()).contains("\"neo4j\"").contains("\"UP\"");
            theLoggedFirstCallWorks(service);
            RunningService.Result issued = RunningService.command("token", "--member", "933", "--rapport.data-dir=" + data);
            assertThat(issued.exitCode()).as(issued.output()).isZero();
            token = issued.lastLine();
            assertThat(service.get("/api/members/933", null).statusCode()).isEqualTo(401);
            var profile = service.get("/api/members/933", token);
            assertThat(profile.statusCode()).isEqualTo(200);
            assertThat(profile.body()).contains("\"firstName\":\"Mahinda\"");
            assertThat(service.put("/api/members/933", token, "{\"firstName\":\"Mahinda\",\"lastName\":\"Perera\",\"interests\":[\"Graph_databases\"]}")
                    .statusCode()).isEqualTo(200);
            // The Bolt port is not open to anyone on the host: no credentials, or wrong ones, are refused.
            try (Driver anonymous = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none());
                 Driver guessing = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.basic("neo4j", "neo4j"))) {
                assertThatThrownBy(() -> anonymous.executableQuery("RETURN 1").execute())
                        .isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
                assertThatThrownBy(() -> guessing.executableQuery("RETURN 1").execute())
                        .isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
            }
            assertThat(java.nio.file.Files.getPosixFilePermissions(data.resolve("bolt-password")))
                    .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, RunningService.boltAuth(data))) {
                assertThat(driver.executableQuery("MATCH (m:Member) RETURN count(m) AS n").execute().records().get(0).get("n").asLong())
                        .isEqualTo(1528);
                assertThat(driver.executableQuery("MATCH ()-[c:CONNECTED_TO]->() RETURN count(c) AS n").execute().records().get(0).get("n").asLong())
                        .isEqualTo(14073);
            }
            assertThat(service.stop()).isIn(0, 143);
            assertThat(service.output()).doesNotContain("Exception in thread");
        }
        try (RunningService again = RunningService.start(data, RunningService.freePort(), bolt, "--rapport.demo=true")) {
            assertThat(again.awaitHealthy()).as(again.output()).isTrue();
            assertThat(again.output()).contains("Demo data not loaded: the database already has 1528 members");
            var profile = again.get("/api/members/933", token);
            assertThat(profile.statusCode()).isEqualTo(200);
            assertThat(profile.body()).contains("\"interests\":[\"Graph databases\"]");
            again.stop();
        }
    }

    /** A new user's first minutes: the demo logs a ready-to-paste curl line, and it answers. */
    private static void theLoggedFirstCallWorks(RunningService service) throws Exception {
        Pattern curl = Pattern.compile("Demo ready .*curl -s -H 'Authorization: Bearer ([^']+)' 'http://localhost:(\\d+)(/api/[^']+)'");
        Matcher line = curl.matcher("");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!line.reset(service.output()).find()) {
            assertThat(System.nanoTime()).as("no 'Demo ready' curl line within 3 minutes:%n%s", service.output()).isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(line.group(2)).isEqualTo(String.valueOf(service.httpPort));
        var first = service.get(line.group(3), line.group(1));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"memberId\"").contains("\"reasons\"");
    }

    @Test
    void aTakenBoltPortOrAnUnusableDataDirStopsTheStartWithOneClearLine() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            try (RunningService service = RunningService.start(tmp.resolve("d1"), RunningService.freePort(), taken.getLocalPort())) {
                assertThat(service.awaitExit(Duration.ofMinutes(2))).isNotZero();
                assertThat(service.output()).contains("Bolt port " + taken.getLocalPort() + " on 127.0.0.1 is already in use");
            }
        }
        Path notADir = Files.writeString(tmp.resolve("file"), "x");
        try (RunningService service = RunningService.start(notADir, RunningService.freePort(), 0)) {
            assertThat(service.awaitExit(Duration.ofMinutes(2))).isNotZero();
            assertThat(service.output()).contains("Data directory " + notADir + " cannot be written");
        }
    }

    @Test
    void commandsRejectBadArgumentsWithOneLineAndNonZeroExit() throws Exception {
        RunningService.Result unknown = RunningService.command("import", "edges", tmp.resolve("missing.csv").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.output().strip()).startsWith("rapport: ").contains("missing.csv is not a readable file");
        RunningService.Result badRole = RunningService.command("token", "--member", "933", "--role", "KING");
        assertThat(badRole.exitCode()).isEqualTo(2);
        assertThat(badRole.output()).contains("--role");
        // Token validity is capped: 24 h for a member, 12 h for an analyst (no file is written for a refused token).
        RunningService.Result tooLong = RunningService.command("token", "--member", "933", "--hours", "25",
                "--rapport.data-dir=" + tmp.resolve("tokens"));
        assertThat(tooLong.exitCode()).as(tooLong.output()).isEqualTo(2);
        assertThat(tooLong.output()).contains("--hours at most 24 for a MEMBER token");
        RunningService.Result analyst = RunningService.command("token", "--member", "ana", "--role", "ANALYST", "--hours", "13",
                "--rapport.data-dir=" + tmp.resolve("tokens"));
        assertThat(analyst.exitCode()).as(analyst.output()).isEqualTo(2);
        RunningService.Result hash = RunningService.commandWithInput("correct horse battery\n", "password-hash");
        assertThat(hash.exitCode()).as(hash.output()).isZero();
        assertThat(hash.lastLine()).startsWith("{bcrypt}$2a$12$");
    }
}
