package app.rapport.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.rapport.tools.bench.Percentiles;
import app.rapport.security.Role;
import app.rapport.security.TokenIssuer;

/**
 * The mixed member workload over real HTTP: suggestions, note drafts, invitations with drafted notes,
 * answers (accept, ignore, withdraw), relationship and badge reads, and requests a member may not make
 * (another member's suggestions) that must be refused. Records every status and latency, and every
 * acknowledged (2xx) write so a crash test can look for it afterwards.
 */
final class MemberWorkload {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final TokenIssuer tokens;
    private final List<String> members;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokenCache = new ConcurrentHashMap<>();

    final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Long> latenciesNanos = new ConcurrentLinkedQueue<>();
    /** Every call's latency by what it does (suggestions, invite, accept, …), whatever its status. */
    private final Map<String, ConcurrentLinkedQueue<Long>> byKind = new ConcurrentSkipListMap<>();
    /** Latencies of the suggestion calls answered 200 alone. */
    final ConcurrentLinkedQueue<Long> suggestionNanos = new ConcurrentLinkedQueue<>();
    /** Answers that refused a bookmark the service itself had handed out (must stay empty). */
    final ConcurrentLinkedQueue<String> bookmarkRefusals = new ConcurrentLinkedQueue<>();
    /** The first answers 400, for the report (the workload sends only well-formed requests). */
    final ConcurrentLinkedQueue<String> badRequests = new ConcurrentLinkedQueue<>();
    /** Each client sends back the last bookmark it was given, as a client of several instances would. */
    private final ThreadLocal<String> bookmark = new ThreadLocal<>();
    final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> authzViolations = new ConcurrentLinkedQueue<>();
    /** Invitation ids whose creation got a 2xx. */
    final ConcurrentLinkedQueue<String> acknowledgedInvitations = new ConcurrentLinkedQueue<>();
    /** Invitation ids whose acceptance got a 2xx. */
    final ConcurrentLinkedQueue<String> acknowledgedAccepts = new ConcurrentLinkedQueue<>();
    final AtomicLong transportErrors = new AtomicLong();
    /** The most bookmarks one answer carried (an instance holds several while transactions commit concurrently). */
    final AtomicInteger mostBookmarksInAnAnswer = new AtomicInteger();
    private volatile boolean stopped;

    MemberWorkload(String base, TokenIssuer tokens, List<String> members) {
        this.base = base;
        this.tokens = tokens;
        this.members = members;
    }

    /** One client: runs member sessions until {@link #stop()} (or, as a safety net, the deadline). */
    void client(long seed, long deadlineNanos) {
        Random random = new Random(seed);
        while (!stopped && System.nanoTime() < deadlineNanos) {
            String me = members.get(random.nextInt(members.size()));
            try {
                session(me, random);
            } catch (java.io.IOException e) {
                transportErrors.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Ends every client after its current session (a request to a killed service fails at once). */
    void stop() {
        stopped = true;
    }

    private void session(String me, Random random) throws java.io.IOException, InterruptedException {
        HttpResponse<String> suggestions = call("suggestions", "GET", "/api/members/" + me + "/suggestions?limit=10", me, null);
        List<String> candidates = ids(suggestions);
        String other = members.get(random.nextInt(members.size()));
        HttpResponse<String> refused = call("refused", "GET", "/api/members/" + other + "/suggestions?limit=5", me, null);
        if (!other.equals(me) && refused.statusCode() != 403) {
            authzViolations.add("GET suggestions of " + other + " as " + me + " -> " + refused.statusCode());
        }
        if (!candidates.isEmpty()) {
            String to = candidates.get(random.nextInt(candidates.size()));
            String note = null;
            if (random.nextBoolean()) {
                HttpResponse<String> drafts = call("drafts", "GET", "/api/members/" + me + "/note-drafts?to=" + to, me, null);
                JsonNode body = parse(drafts);
                if (body != null && body.path("drafts").size() > 0) {
                    note = body.path("drafts").get(0).path("text").asString();
                }
            }
            String json = JSON.writeValueAsString(note == null ? Map.of("to", to, "source", "SUGGESTION")
                    : Map.of("to", to, "source", "SUGGESTION", "note", note));
            HttpResponse<String> sent = call("invite", "POST", "/api/invitations", me, json);
            JsonNode view = parse(sent);
            if (sent.statusCode() / 100 == 2 && view != null) {
                acknowledgedInvitations.add(view.path("id").asString());
                if (view.path("status").asString().equals("ACCEPTED")) {
                    acknowledgedAccepts.add(view.path("id").asString());
                }
            }
        }
        HttpResponse<String> received = call("received", "GET", "/api/members/" + me + "/invitations?direction=received&status=PENDING", me, null);
        for (String invitation : ids(received)) {
            int dice = random.nextInt(10);
            if (dice < 6) {
                if (call("accept", "POST", "/api/invitations/" + invitation + "/accept", me, null).statusCode() / 100 == 2) {
                    acknowledgedAccepts.add(invitation);
                }
            } else if (dice < 8) {
                call("ignore", "POST", "/api/invitations/" + invitation + "/ignore", me, null);
            }
        }
        if (random.nextInt(5) == 0) {
            for (String invitation : ids(call("sent", "GET", "/api/members/" + me + "/invitations?direction=sent&status=PENDING", me, null))) {
                call("withdraw", "POST", "/api/invitations/" + invitation + "/withdraw", me, null);
                break;
            }
        }
        if (!other.equals(me)) {   // a member's relationship with themself is a 400 by design, not load
            call("relationship", "GET", "/api/members/" + me + "/relationship?with=" + other, me, null);
        }
        call("badge", "GET", "/api/members/" + me + "/network/badge", me, null);
    }

    /** @param kind what the call does, for the per-kind latencies ({@link #latenciesByKind()}) */
    private HttpResponse<String> call(String kind, String method, String path, String as, String json)
            throws java.io.IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokenCache.computeIfAbsent(as, id -> tokens.issue(id, Role.MEMBER)));
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        String sent = bookmark.get();
        if (sent != null) {
            b.header("Rapport-Bookmark", sent);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        latenciesNanos.add(nanos);
        byKind.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(nanos);
        if (path.contains("/suggestions") && response.statusCode() == 200) {
            suggestionNanos.add(nanos);
        }
        response.headers().firstValue("Rapport-Bookmark").ifPresent(value -> {
            bookmark.set(value);
            mostBookmarksInAnAnswer.accumulateAndGet(value.split(",").length, Math::max);
        });
        if (response.statusCode() == 400 && badRequests.size() < 20) {
            badRequests.add(method + " " + path + " -> " + response.body());
        }
        if (response.statusCode() == 400 && response.body().contains("Rapport-Bookmark")) {
            bookmarkRefusals.add(sent + " -> " + response.body());
        }
        statuses.computeIfAbsent(response.statusCode(), k -> new AtomicLong()).incrementAndGet();
        if (response.statusCode() >= 500) {
            serverErrors.add(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    /** The ids in a JSON array answer, or in the array under its first array-valued field. */
    private static List<String> ids(HttpResponse<String> response) {
        JsonNode body = parse(response);
        if (body == null || response.statusCode() != 200) {
            return List.of();
        }
        JsonNode array = body.isArray() ? body : null;
        if (array == null) {
            for (JsonNode field : body) {
                if (field.isArray()) {
                    array = field;
                    break;
                }
            }
        }
        List<String> ids = new ArrayList<>();
        if (array != null) {
            for (JsonNode item : array) {
                JsonNode id = item.has("id") ? item.get("id") : item.path("memberId");
                if (id.isString()) {
                    ids.add(id.asString());
                }
            }
        }
        return ids;
    }

    private static JsonNode parse(HttpResponse<String> response) {
        try {
            return response.body().isBlank() ? null : JSON.readTree(response.body());
        } catch (RuntimeException e) {
            return null;
        }
    }

    long requests() {
        return statuses.values().stream().mapToLong(AtomicLong::get).sum();
    }

    double percentileMillis(double p) {
        return percentileMillis(latenciesNanos, p);
    }

    /**
     * One line of every kind of call with its count, p50, p99 and slowest in ms, e.g. {@code invite 120: 35 / 410 / 900};
     * says which call a slow overall figure comes from.
     */
    String latenciesByKind() {
        StringBuilder line = new StringBuilder();
        byKind.forEach((kind, nanos) -> line.append(line.isEmpty() ? "" : "; ").append(String.format("%s %,d: %.0f / %.0f / %.0f ms",
                kind, nanos.size(), percentileMillis(nanos, 0.50), percentileMillis(nanos, 0.99), percentileMillis(nanos, 1.0))));
        return line.toString();
    }

    static double percentileMillis(java.util.Collection<Long> latencies, double p) {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return Percentiles.millis(sorted, p);
    }
}
