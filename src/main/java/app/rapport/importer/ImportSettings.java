package app.rapport.importer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bulk import settings (prefix {@code rapport.import}).
 *
 * @param batchSize rows per transaction
 * @param progress  show console progress bars
 */
@Validated
@ConfigurationProperties("rapport.import")
record ImportSettings(@Min(1) @Max(200_000) @DefaultValue("10000") int batchSize, @DefaultValue("true") boolean progress) {
}
