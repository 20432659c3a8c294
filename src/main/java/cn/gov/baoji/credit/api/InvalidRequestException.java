package cn.gov.baoji.credit.api;

import java.util.List;

/** The request is well-formed but breaks the rules; answered 400 with every field problem listed. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super("The request has " + problems.size() + " invalid field(s)");
        this.problems = List.copyOf(problems);
    }

    public InvalidRequestException(String field, String code, String message) {
        this(List.of(new FieldProblem(field, code, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
