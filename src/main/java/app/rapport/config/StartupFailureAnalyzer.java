package app.rapport.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an embedded-database start failure into one clear line instead of a stack trace. */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4jException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedNeo4jException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the setting named above, or set spring.neo4j.uri to use an external Neo4j server.", cause);
    }
}
