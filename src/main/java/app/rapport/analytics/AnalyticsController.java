package app.rapport.analytics;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Analytics for analysts: {@code /api/analytics/*} with a bearer token, and the same endpoints under
 * {@code /dashboard/api/analytics/*} for the dashboard's logged-in browser session (a separate security
 * chain; same role check). JSON by default, CSV with {@code Accept: text/csv}.
 */
@RestController
@RequestMapping({"/api/analytics", "/dashboard/api/analytics"})
@PreAuthorize("hasRole('ANALYST')")
class AnalyticsController {

    private final AcceptanceAnalytics acceptance;
    private final FunnelAnalytics funnel;
    private final NetworkMetrics network;

    AnalyticsController(AcceptanceAnalytics acceptance, FunnelAnalytics funnel, NetworkMetrics network) {
        this.acceptance = acceptance;
        this.funnel = funnel;
        this.network = network;
    }

    @GetMapping("/acceptance")
    ResponseEntity<?> acceptance(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String by, @RequestParam(defaultValue = "20") String limit,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        AnalyticsWindow window = AnalyticsWindow.parse(from, to);
        return CsvResponses.respond(accept, acceptance.acceptance(window, by, parseLimit(limit)), "acceptance");
    }

    @GetMapping("/time-to-answer")
    ResponseEntity<?> timeToAnswer(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return CsvResponses.respond(accept, acceptance.timeToAnswer(AnalyticsWindow.parse(from, to)), "time-to-answer");
    }

    @GetMapping("/funnel")
    ResponseEntity<?> funnel(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return CsvResponses.respond(accept, funnel.funnel(AnalyticsWindow.parse(from, to)), "funnel");
    }

    @GetMapping("/network")
    ResponseEntity<?> network(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String interval,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        AnalyticsWindow window = AnalyticsWindow.parse(from, to);
        String unit = GrowthSeries.unit(interval);
        return network.current(window, unit)
                .<ResponseEntity<?>>map(report -> CsvResponses.respond(accept, report, "network"))
                .orElseGet(() -> CsvResponses.respond(accept, NetworkComputing.of(window, unit), "network", HttpStatus.ACCEPTED));
    }

    /** A string, so "abc" is our 400 problem naming {@code limit} rather than a generic conversion error. */
    private static int parseLimit(String limit) {
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new InvalidWindowException("limit", "must be a whole number between 1 and " + AcceptanceAnalytics.MAX_SENDERS);
        }
    }
}
