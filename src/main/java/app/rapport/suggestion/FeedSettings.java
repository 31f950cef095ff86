package app.rapport.suggestion;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * The change feed between instances ({@link ChangeFeed}); same prefix as {@link SuggestionSettings}.
 *
 * @param feedInterval  how often an instance reads the changes other instances committed
 * @param feedRetention how long changes are kept; an instance further behind rebuilds its copy in full
 */
@Validated
@ConfigurationProperties("rapport.suggestions")
public record FeedSettings(
        @NotNull @DefaultValue("1s") Duration feedInterval,
        @NotNull @DefaultValue("1h") Duration feedRetention) {
}
