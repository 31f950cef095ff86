package app.rapport.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/** The packaged jar started as a real process (as a user would), with its own data dir and ports. */
final class RunningService implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("rapport.jar", "target/rapport.jar"));
    /** The service's heap: 1 GB unless {@code -Drapport.service.heap} says otherwise (larger graphs). */
    static final String HEAP = System.getProperty("rapport.service.heap", "1g");
    /**
     * Extra JVM options for the service, space-separated, from {@code -Drapport.it.jvm-options}: e.g. a flight recording
     * of a load test, {@code -Drapport.it.jvm-options=-XX:StartFlightRecording=filename=/tmp/load.jfr,settings=profile}.
     */
    static final List<String> JVM_OPTIONS = List.of(System.getProperty("rapport.it.jvm-options", "").trim().split("\\s+"))
            .stream().filter(o -> !o.isEmpty()).toList();

    final Path dataDir;
    final int httpPort;
    final int boltPort;
    final Path log;
    private final Process process;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningService(Path dataDir, int httpPort, int boltPort, Path log, Process process) {
        this.dataDir = dataDir;
        this.httpPort = httpPort;
        this.boltPort = boltPort;
        this.log = log;
        this.process = process;
    }

    static RunningService start(Path dataDir, int httpPort, int boltPort, String... extra) throws IOException {
        Path log = Files.createTempFile("rapport-e2e-", ".log");
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + HEAP));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", JAR.toString(), "--rapport.data-dir=" + dataDir, "--server.port=" + httpPort,
                "--rapport.bolt-port=" + boltPort,
                // No background ranker training: its CPU would skew the latency these tests measure.
                "--rapport.ranking.retrain-interval=0"));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new RunningService(dataDir, httpPort, boltPort, log, process);
    }

    /**
     * The credentials of the embedded database's Bolt port: user {@code neo4j} and the password the service generated
     * into its data dir on first start (read once the service is up, since the file appears during start).
     */
    static org.neo4j.driver.AuthToken boltAuth(Path dataDir) throws IOException {
        return org.neo4j.driver.AuthTokens.basic("neo4j", Files.readString(dataDir.resolve("bolt-password")).strip());
    }

    long pid() {
        return process.pid();
    }

    /** The service process's resident memory now and at its peak, in MB, from /proc (Linux). */
    String memory() {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"));
            return "RSS " + kbToMb(status, "VmRSS:") + " MB (peak " + kbToMb(status, "VmHWM:") + " MB)";
        } catch (IOException e) {
            return "RSS unknown (" + e.getMessage() + ")";
        }
    }

    private static long kbToMb(List<String> status, String key) {
        return status.stream().filter(l -> l.startsWith(key)).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                .findFirst().orElse(-1);
    }

    /** Runs a command of the jar to completion; returns its output. */
    static Result command(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        return new Result(p.waitFor(), out);
    }

    /** Runs a command of the jar with the given standard input; returns its output. */
    static Result commandWithInput(String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes());
        return new Result(p.waitFor(), out);
    }

    /** Runs a command of the jar to completion; returns its stdout and stderr apart. */
    static Streams commandStreams(Path errFile, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(errFile.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int exit = p.waitFor();
        return new Streams(exit, out, Files.readString(errFile));
    }

    record Streams(int exitCode, String stdout, String stderr) {
    }

    record Result(int exitCode, String output) {
        String lastLine() {
            String[] lines = output.strip().split("\\R");
            return lines[lines.length - 1];
        }
    }

    /** Waits until the health endpoint answers UP; false when the process died or {@code timeout} passed first. */
    /**
     * How long a start may take: demo import, migrations and the first in-memory build. Generous because a
     * start took 233 s on a 2-core machine with a load average of 25 (four other builds beside the tests).
     */
    static final Duration START_BOUND = Duration.ofMinutes(10);

    boolean awaitHealthy() {
        return awaitHealthy(START_BOUND);
    }

    boolean awaitHealthy(Duration timeout) {
        try {
            await("the service's health UP").atMost(timeout).pollInterval(Duration.ofMillis(500))
                    .failFast("the service process ended", () -> !process.isAlive())
                    .until(this::healthy);
            return true;
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            return false;
        }
    }

    private boolean healthy() throws InterruptedException {
        try {
            HttpResponse<String> r = get("/actuator/health", null);
            return r.statusCode() == 200 && r.body().contains("\"UP\"");
        } catch (IOException notYet) {
            return false;   // not listening yet
        }
    }

    HttpResponse<String> get(String path, String token, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** SIGTERM, as an operator or a container runtime would stop it; returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    /** kill -9: no shutdown hook, no clean close of the store. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
