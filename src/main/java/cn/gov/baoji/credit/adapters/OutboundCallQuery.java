package cn.gov.baoji.credit.adapters;

/**
 * Which recorded calls to list, newest first: optionally only one agency and/or one case, one page of at most
 * {@value #MAX_LIMIT}.
 */
public record OutboundCallQuery(String agency, String caseNumber, int limit, int offset) {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    public OutboundCallQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
    }

    /** The newest calls of every agency and case. */
    public static OutboundCallQuery latest() {
        return new OutboundCallQuery(null, null, DEFAULT_LIMIT, 0);
    }
}
