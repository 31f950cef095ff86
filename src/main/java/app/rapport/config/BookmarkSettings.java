package app.rapport.config;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a request may wait for the database to reach a client's {@code Rapport-Bookmark} (prefix
 * {@code rapport.bookmarks}). A well-formed bookmark from the future would otherwise hold a request thread and a
 * driver connection for the server's whole {@code db.transaction.bookmark_ready_timeout} (30 s by default).
 *
 * @param maxWait            the longest one request waits before it is answered 503 with {@code Retry-After}; the
 *                           embedded database also gives up after this long, so its connection is free again
 * @param maxConcurrentWaits requests that may wait at once; more are answered 503 at once, so bookmarks from the
 *                           future cannot take every driver connection
 * @param enabled            whether {@code /api} calls read and send the header at all; unset: only with an external
 *                           database ({@code spring.neo4j.uri}), never on the embedded default, where every read sees
 *                           every commit ({@link BookmarksOnRequests}, which reads it before this record is bound)
 */
@Validated
@ConfigurationProperties("rapport.bookmarks")
public record BookmarkSettings(
        @DefaultValue("2s") Duration maxWait,
        @Min(1) @Max(1000) @DefaultValue("16") int maxConcurrentWaits,
        Boolean enabled) {
}
