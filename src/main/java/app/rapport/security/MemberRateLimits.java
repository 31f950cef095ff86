package app.rapport.security;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@link RateLimitSettings} at work: one resilience4j limiter per member and kind of call, kept in a bounded Caffeine
 * cache (idle members' limiters expire), checked after authentication and before the controller. The key is the
 * token's subject, so a member cannot spread their calls over other ids, and every id's budget is its own.
 */
@Component
@ConditionalOnWebApplication
class MemberRateLimits implements WebMvcConfigurer {

    /** The kinds of call, their paths (API and dashboard) and their limit. */
    private record Kind(String name, List<String> paths, int limit) {
    }

    private final RateLimitSettings settings;
    private final MeterRegistry meters;
    private final Cache<String, RateLimiter> limiters = Caffeine.newBuilder()
            .maximumSize(200_000).expireAfterAccess(Duration.ofMinutes(15)).build();

    MemberRateLimits(RateLimitSettings settings, MeterRegistry meters) {
        this.settings = settings;
        this.meters = meters;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (!settings.enabled()) {
            return;
        }
        for (Kind kind : List.of(
                new Kind("suggestions", List.of("/api/members/*/suggestions", "/api/members/*/suggestions/**"), settings.suggestions()),
                new Kind("drafts", List.of("/api/members/*/note-drafts", "/api/members/*/welcome-draft"), settings.drafts()),
                new Kind("reach", List.of("/api/members/*/reach", "/dashboard/api/members/*/reach"), settings.reach()),
                new Kind("invitations", List.of("/api/invitations", "/api/invitations/**"), settings.invitations()))) {
            registry.addInterceptor(new Limit(kind)).addPathPatterns(kind.paths());
        }
    }

    private final class Limit implements HandlerInterceptor {

        private final Kind kind;
        private final RateLimiterConfig config;

        Limit(Kind kind) {
            this.kind = kind;
            this.config = RateLimiterConfig.custom().limitForPeriod(kind.limit()).limitRefreshPeriod(settings.period())
                    .timeoutDuration(Duration.ZERO).build();
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            if (caller == null || !caller.isAuthenticated()) {
                return true;   // the security chain has already answered 401 for these paths
            }
            String key = kind.name() + '\n' + caller.getName();
            RateLimiter limiter = limiters.get(key, k -> RateLimiter.of(k, config));
            if (limiter.acquirePermission()) {
                return true;
            }
            meters.counter("rapport.rate.limited", "kind", kind.name()).increment();
            long seconds = Math.max(1, (((AtomicRateLimiter) limiter).getDetailedMetrics().getNanosToWait() + 999_999_999L)
                    / 1_000_000_000L);
            throw new TooManyRequests(kind, seconds);
        }
    }

    /** 429 as an RFC 9457 problem, with {@code Retry-After} in whole seconds. */
    static final class TooManyRequests extends ErrorResponseException {

        private TooManyRequests(Kind kind, long retryAfterSeconds) {
            super(HttpStatus.TOO_MANY_REQUESTS, problem(kind, retryAfterSeconds), null);
            getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        }

        private static ProblemDetail problem(Kind kind, long retryAfterSeconds) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many " + kind.name() + " calls: at most " + kind.limit() + " per member in a short window; retry in "
                            + retryAfterSeconds + " s");
            problem.setProperty("retryAfterSeconds", retryAfterSeconds);
            return problem;
        }
    }
}
