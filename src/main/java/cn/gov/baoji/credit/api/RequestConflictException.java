package cn.gov.baoji.credit.api;

/** Answered 422: the request contradicts something already recorded (e.g. an idempotency key reused). */
public class RequestConflictException extends RuntimeException {

    private final String problemType;

    public RequestConflictException(String problemType, String message) {
        super(message);
        this.problemType = problemType;
    }

    public String problemType() {
        return problemType;
    }
}
