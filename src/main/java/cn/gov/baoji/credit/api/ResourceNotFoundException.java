package cn.gov.baoji.credit.api;

/**
 * Answered 404. Also used for things that exist but the caller may not see, so that an answer never tells
 * a caller what it is not allowed to know.
 */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
