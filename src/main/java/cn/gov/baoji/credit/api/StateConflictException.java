package cn.gov.baoji.credit.api;

/**
 * The request is well-formed, but the resource is not in a state that allows it now (a statement after the
 * window closed, an objection against an entry no longer listed). Answered with 409 and the given problem type.
 */
public class StateConflictException extends RuntimeException {

    private final String problemType;

    public StateConflictException(String problemType, String message) {
        super(message);
        this.problemType = problemType;
    }

    public String problemType() {
        return problemType;
    }
}
