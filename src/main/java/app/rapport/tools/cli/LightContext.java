package app.rapport.tools.cli;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

import app.rapport.config.RapportProperties;
import app.rapport.security.LocalKeyConfiguration;
import app.rapport.security.TokenSettings;

/**
 * The context of commands that need no database: settings and the local signing key only. Not a
 * {@code @Configuration}, so component scanning of the service never picks it up.
 */
@EnableConfigurationProperties({RapportProperties.class, TokenSettings.class})
@Import(LocalKeyConfiguration.class)
class LightContext {
}
