package app.rapport;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import app.rapport.cli.Launcher;

/**
 * Rapport: with no command it serves the API on an embedded (or configured) Neo4j; with a command
 * ({@code import}, {@code token}, …) it runs that command against the same configuration and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RapportApplication {

    public static void main(String[] args) {
        Launcher.main(RapportApplication.class, args);
    }
}
