package app.rapport.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class BookmarksOnRequestsTest {

    @Test
    void offOnTheEmbeddedDefaultOnWithAnExternalDatabase() {
        assertThat(BookmarksOnRequests.enabled(new MockEnvironment())).isFalse();
        assertThat(BookmarksOnRequests.enabled(new MockEnvironment().withProperty("spring.neo4j.uri", "neo4j://db:7687"))).isTrue();
    }

    @Test
    void theSettingWinsEitherWay() {
        assertThat(BookmarksOnRequests.enabled(new MockEnvironment().withProperty("rapport.bookmarks.enabled", "true"))).isTrue();
        assertThat(BookmarksOnRequests.enabled(new MockEnvironment().withProperty("spring.neo4j.uri", "neo4j://db:7687")
                .withProperty("rapport.bookmarks.enabled", "false"))).isFalse();
    }
}
