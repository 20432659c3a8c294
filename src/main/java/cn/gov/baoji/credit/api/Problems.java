package cn.gov.baoji.credit.api;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Problem types of our API; each {@code type} URI is stable and documented in the OpenAPI contract. */
public final class Problems {

    public static final String VALIDATION = "validation-failed";
    public static final String MALFORMED = "malformed-request";
    public static final String NOT_FOUND = "not-found";
    public static final String IDEMPOTENCY_MISMATCH = "idempotency-key-reused";
    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String FORBIDDEN = "forbidden";
    public static final String TOO_LARGE = "payload-too-large";
    public static final String UNSUPPORTED_MEDIA = "unsupported-media-type";
    public static final String INTERNAL = "internal-error";
    /** A statement for a case that is not waiting for one. */
    public static final String NOT_AWAITING_STATEMENT = "not-awaiting-statement";
    /** An objection for a case without a listed entry, or while one is under review. */
    public static final String NOT_LISTED = "not-listed";
    /** 503: a deadline reaches a year whose working-day calendar is not loaded yet. */
    public static final String CALENDAR_YEAR_MISSING = "calendar-year-missing";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:baoji-credit:problem:" + type));
        return problem;
    }
}
