package app.rapport.support;

import java.nio.file.Path;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import app.rapport.RapportApplication;

/**
 * The service's context (no web server) on a store of its own, e.g. one the initial import path built, to
 * compare what it serves with the shared test context's.
 */
public final class ServiceOnStore {

    private ServiceOnStore() {
    }

    public static ConfigurableApplicationContext start(Path home) {
        return new SpringApplicationBuilder(RapportApplication.class).web(WebApplicationType.NONE)
                .run("--rapport.data-dir=" + home, "--rapport.bolt-port=0", "--server.port=0", "--server.address=127.0.0.1",
                        "--rapport.command=test", "--rapport.import.progress=false", "--rapport.ranking.retrain-interval=0",
                        "--springdoc.api-docs.enabled=false", "--springdoc.swagger-ui.enabled=false", "--spring.main.banner-mode=off");
    }
}
