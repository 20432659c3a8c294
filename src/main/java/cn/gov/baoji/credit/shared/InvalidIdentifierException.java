package cn.gov.baoji.credit.shared;

/** An identifier that is not what it claims to be; the message never repeats more than the input itself. */
public class InvalidIdentifierException extends RuntimeException {

    /** Why the identifier was refused. */
    public enum Reason { LENGTH, CHARACTER, CHECK_CHARACTER, DATE, FORMAT }

    private final Reason reason;

    public InvalidIdentifierException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
