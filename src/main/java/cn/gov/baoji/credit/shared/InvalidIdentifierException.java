package cn.gov.baoji.credit.shared;

/**
 * An identifier that is not what it claims to be, e.g. a mistyped credit code in a complaint. {@link #reason()} is
 * for machines (API problem codes, tests); the English message is for people and never repeats more than the
 * identifier itself (and not even that for personal data such as an ID number).
 */
public class InvalidIdentifierException extends RuntimeException {

    /** Why the identifier was refused. */
    public enum Reason {
        /** Missing, or not the number of characters the standard prescribes. */
        LENGTH,
        /** A character the standard does not allow at that position. */
        CHARACTER,
        /** Well-formed, but the check character does not match: almost always a typing error. */
        CHECK_CHARACTER,
        /** The birth date inside a resident identity number is not a possible date of birth. */
        DATE,
        /** Not in the agreed format (case numbers). */
        FORMAT
    }

    private final Reason reason;

    public InvalidIdentifierException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
