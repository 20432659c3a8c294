package cn.gov.baoji.credit.api;

/** One thing wrong with one field of a request: the JSON path, a stable code, a readable message. */
public record FieldProblem(String field, String code, String message) {
}
