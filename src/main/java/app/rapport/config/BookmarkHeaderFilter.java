package app.rapport.config;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts {@value RequestBookmarks#HEADER} on successful {@code /api} answers. The answer is held until the
 * handler is done, because headers must precede the body and the last transaction's bookmark is known only
 * once the handler returns; API answers are small JSON or CSV, so holding them costs little.
 */
final class BookmarkHeaderFilter extends OncePerRequestFilter {

    private final RequestBookmarks bookmarks;

    BookmarkHeaderFilter(RequestBookmarks bookmarks) {
        this.bookmarks = bookmarks;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(request, held);
            completed = true;
        } finally {
            // An exception on its way out (e.g. access denied, answered by the security filters) is no success.
            int status = held.getStatus();
            String header = completed && status >= 200 && status < 300 ? bookmarks.responseHeader(request) : null;
            if (header != null) {
                held.setHeader(RequestBookmarks.HEADER, header);
            }
            held.copyBodyToResponse();
        }
    }
}
