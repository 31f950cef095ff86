package app.rapport.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A schema migration problem (e.g. an applied file edited later) stops the start with its message. */
class MigrationFailureAnalyzer extends AbstractFailureAnalyzer<MigrationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Applied migrations are immutable: restore the file and add a new V####__Name.cypher instead.", cause);
    }
}
