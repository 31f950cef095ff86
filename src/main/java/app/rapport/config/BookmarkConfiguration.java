package app.rapport.config;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts {@link RequestBookmarks} under SDN's transaction manager and client (Boot backs off from its own): the one
 * way request work reaches Neo4j, and the only place bookmarks are wired in.
 */
@Configuration(proxyBeanMethods = false)
class BookmarkConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BookmarkConfiguration.class);

    @Bean
    RequestBookmarks requestBookmarks(Driver driver, BookmarkSettings settings) {
        return new RequestBookmarks(driver, settings);
    }

    @Bean
    Neo4jTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databases, RequestBookmarks bookmarks) {
        return Neo4jTransactionManager.with(driver).withDatabaseSelectionProvider(databases).withBookmarkManager(bookmarks.manager()).build();
    }

    @Bean
    Neo4jClient neo4jClient(Driver driver, DatabaseSelectionProvider databases, RequestBookmarks bookmarks) {
        return Neo4jClient.with(driver).withDatabaseSelectionProvider(databases).withNeo4jBookmarkManager(bookmarks.manager()).build();
    }

    /**
     * Reads the {@value RequestBookmarks#HEADER} of every {@code /api} call (400 when malformed) and puts the
     * instance's bookmarks on every successful answer. All per-request bookmark work is registered here, and only
     * where it buys something ({@link BookmarksOnRequests}: an external database, or {@code rapport.bookmarks.enabled});
     * on the embedded default the header is neither read nor sent.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    @Conditional(BookmarksOnRequests.class)
    static class Web implements WebMvcConfigurer {

        private final RequestBookmarks bookmarks;

        Web(RequestBookmarks bookmarks) {
            this.bookmarks = bookmarks;
            log.info("API calls read and send {} (external database, or {}=true)", RequestBookmarks.HEADER, BookmarksOnRequests.PROPERTY);
        }

        /** After security (an anonymous call gets no bookmark), around everything that may run a transaction. */
        @Bean
        FilterRegistrationBean<BookmarkHeaderFilter> bookmarkHeaderFilter() {
            FilterRegistrationBean<BookmarkHeaderFilter> registration = new FilterRegistrationBean<>(new BookmarkHeaderFilter(bookmarks));
            registration.addUrlPatterns("/api/*");
            return registration;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new HandlerInterceptor() {
                @Override
                public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                    bookmarks.accept(request);
                    return true;
                }
            }).addPathPatterns("/api/**");
        }
    }
}
