package cn.gov.baoji.credit.portal;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The portal's limits per client address ({@link HttpServletRequest#getRemoteAddr()}: behind a reverse proxy,
 * set {@code server.forward-headers-strategy} so that this is the citizen's address, not the proxy's).
 */
@Component
class RateLimits {

    private static final Duration HOUR = Duration.ofHours(1);

    private final SlidingWindowLimit complaints;
    private final SlidingWindowLimit statusQueries;

    RateLimits(PortalProperties properties, Clock clock) {
        this.complaints = new SlidingWindowLimit(properties.complaintsPerHour(), HOUR, clock);
        this.statusQueries = new SlidingWindowLimit(properties.statusQueriesPerHour(), HOUR, clock);
    }

    /** Counts a complaint from the request's address, or refuses it. */
    void countComplaint(HttpServletRequest request) {
        count(complaints, request, TooManyRequestsException.Kind.COMPLAINTS);
    }

    /** Counts a status query from the request's address, or refuses it. */
    void countStatusQuery(HttpServletRequest request) {
        count(statusQueries, request, TooManyRequestsException.Kind.STATUS_QUERIES);
    }

    private static void count(SlidingWindowLimit limit, HttpServletRequest request,
                              TooManyRequestsException.Kind kind) {
        limit.tryAcquire(request.getRemoteAddr()).ifPresent(wait -> {
            throw new TooManyRequestsException(kind, limit.limit(), wait);
        });
    }
}
