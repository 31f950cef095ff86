package app.rapport.analytics;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.rapport.experiment.Experiment;
import app.rapport.experiment.Experiments;

/**
 * {@code GET /api/analytics/experiments} (the experiments) and {@code GET /api/analytics/experiments/{name}}
 * (per-arm figures with intervals; CSV with {@code Accept: text/csv}); ANALYST or ADMIN, also under
 * {@code /dashboard/api/analytics} for the dashboard.
 */
@RestController
@RequestMapping({"/api/analytics/experiments", "/dashboard/api/analytics/experiments"})
@PreAuthorize("hasRole('ANALYST')")
class ExperimentAnalyticsController {

    private final ExperimentAnalytics analytics;
    private final Experiments experiments;

    ExperimentAnalyticsController(ExperimentAnalytics analytics, Experiments experiments) {
        this.analytics = analytics;
        this.experiments = experiments;
    }

    @GetMapping
    java.util.List<Experiment> list() {
        experiments.refresh();
        return experiments.all();
    }

    @GetMapping("/{name}")
    ResponseEntity<?> report(@PathVariable String name, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return CsvResponses.respond(accept, analytics.report(name), "experiment-" + name.replaceAll("[^a-z0-9-]", ""));
    }
}
