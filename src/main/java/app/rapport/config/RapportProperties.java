package app.rapport.config;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Service-wide settings (prefix {@code rapport}).
 *
 * @param dataDir   where the embedded store and the local JWT signing key live
 * @param boltPort  the embedded Bolt connector's port on loopback (0 = any free port)
 * @param demo      load the bundled LDBC SF0.1 demo data into an empty database at start
 * @param noteLimit the longest personal note an invitation may carry, in characters
 */
@Validated
@ConfigurationProperties("rapport")
public record RapportProperties(
        @NotNull @DefaultValue("./data") Path dataDir,
        @Min(0) @Max(65535) @DefaultValue("7687") int boltPort,
        @DefaultValue("false") boolean demo,
        @Min(1) @Max(5000) @DefaultValue("300") int noteLimit) {
}
