package app.rapport.importer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;
import org.springframework.validation.annotation.Validated;

/**
 * Bulk import settings (prefix {@code rapport.import}).
 *
 * @param batchSize rows per transaction of the incremental path
 * @param writers   transactions the incremental path runs at once (on members no other one touches)
 * @param progress  show console progress bars
 */
@Validated
@ConfigurationProperties("rapport.import")
record ImportSettings(@Min(1) @Max(200_000) @DefaultValue("10000") int batchSize,
        @Min(1) @Max(16) @DefaultValue("2") int writers,
        @DefaultValue("true") boolean progress) {

    /** The settings read from an environment, before (or without) a context around them. */
    static ImportSettings from(Environment environment) {
        ImportSettings s = Binder.get(environment).bindOrCreate("rapport.import", ImportSettings.class);
        if (s.batchSize() < 1 || s.batchSize() > 200_000 || s.writers() < 1 || s.writers() > 16) {
            throw new IllegalArgumentException("rapport.import.batch-size must be 1-200000 and rapport.import.writers 1-16");
        }
        return s;
    }

    Progress.Factory progressBars() {
        return progress ? Progress.Factory.CONSOLE : Progress.Factory.SILENT;
    }
}
