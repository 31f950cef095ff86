package app.rapport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Rapport, the serving application: the API on an embedded (or configured) Neo4j. The jar's entry point
 * is {@code app.rapport.tools.cli.Launcher}, which starts this with no command and runs a command
 * ({@code import}, {@code token}, …) in a context of this application otherwise; nothing here knows the
 * tools. The architecture note is in {@code package-info.java} beside this class.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RapportApplication {

    public static void main(String[] args) {
        SpringApplication.run(RapportApplication.class, args);
    }
}
