package app.rapport.analytics.dashboard;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

/**
 * Slows password guessing on the dashboard's form login: every failed sign-in takes one permit from a resilience4j
 * limiter of its account and one of its client address; while either has none left, a sign-in of that account or
 * from that address is refused before its password is checked ({@code /login?locked}), right or wrong. Limiters of
 * quiet accounts and addresses expire from a bounded cache.
 */
final class LoginThrottle extends OncePerRequestFilter implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final RateLimiterConfig perAccount;
    private final RateLimiterConfig perAddress;
    private final Cache<String, RateLimiter> limiters;

    LoginThrottle(DashboardSettings settings) {
        Duration window = settings.failedLoginWindow();
        this.perAccount = config(settings.maxFailedLogins(), window);
        this.perAddress = config(settings.maxFailedLoginsPerAddress(), window);
        this.limiters = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2)).build();
    }

    private static RateLimiterConfig config(int failures, Duration window) {
        return RateLimiterConfig.custom().limitForPeriod(failures).limitRefreshPeriod(window).timeoutDuration(Duration.ZERO).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (exhausted(account(request)) || exhausted(address(request))) {
            log.warn("Dashboard sign-in refused: too many failed attempts for account '{}' or from {}",
                    request.getParameter("username"), request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + "/login?locked");
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        limiter(account(request)).acquirePermission();
        limiter(address(request)).acquirePermission();
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    private boolean exhausted(String key) {
        RateLimiter limiter = limiters.getIfPresent(key);
        return limiter != null && limiter.getMetrics().getAvailablePermissions() <= 0;
    }

    private RateLimiter limiter(String key) {
        return limiters.get(key, k -> RateLimiter.of(k, k.startsWith("account\n") ? perAccount : perAddress));
    }

    private static String account(HttpServletRequest request) {
        String name = request.getParameter("username");
        return "account\n" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
    }

    /** The connecting address; behind a proxy, set {@code server.forward-headers-strategy} so it is the client's. */
    private static String address(HttpServletRequest request) {
        return "address\n" + request.getRemoteAddr();
    }
}
