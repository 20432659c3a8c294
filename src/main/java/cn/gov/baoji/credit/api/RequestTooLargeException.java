package cn.gov.baoji.credit.api;

import java.io.IOException;

/** The body is larger than an API request may be; answered 413 before it is read whole. */
public class RequestTooLargeException extends IOException {

    public RequestTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }
}
