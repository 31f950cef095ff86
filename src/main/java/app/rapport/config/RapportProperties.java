package app.rapport.config;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Service-wide settings (prefix {@code rapport}).
 *
 * @param dataDir      where the embedded store, its Bolt password and the local JWT signing key live
 * @param boltPort     the embedded Bolt connector's port on loopback (0 = any free port, -1 = no port for tools)
 * @param demo         load the bundled LDBC SF0.1 demo data into an empty database at start
 * @param noteLimit    the longest personal note an invitation may carry, in characters
 * @param boltPassword the embedded database's password for user {@code neo4j}; null = generated on first start
 *                     into {@code <dataDir>/bolt-password}
 */
@Validated
@ConfigurationProperties("rapport")
public record RapportProperties(
        @NotNull @DefaultValue("./data") Path dataDir,
        @Min(-1) @Max(65535) @DefaultValue("7687") int boltPort,
        @DefaultValue("false") boolean demo,
        @Min(1) @Max(5000) @DefaultValue("300") int noteLimit,
        // Neo4j's own minimum password length is 8.
        @Size(min = 8, max = 200) String boltPassword) {

    @ConstructorBinding
    public RapportProperties {
    }

    /** Without a configured Bolt password (the default: generated into the data dir). */
    public RapportProperties(Path dataDir, int boltPort, boolean demo, int noteLimit) {
        this(dataDir, boltPort, demo, noteLimit, null);
    }
}
