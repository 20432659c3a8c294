package cn.gov.baoji.credit.portal;

import java.time.Duration;

/** An address used up its hourly allowance; answered 429 with a readable page and {@code Retry-After}. */
class TooManyRequestsException extends RuntimeException {

    enum Kind { COMPLAINTS, STATUS_QUERIES }

    private final Kind kind;
    private final int limit;
    private final Duration retryAfter;

    TooManyRequestsException(Kind kind, int limit, Duration retryAfter) {
        super("Rate limit for " + kind + " reached");
        this.kind = kind;
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    Kind kind() {
        return kind;
    }

    int limit() {
        return limit;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
