package cn.gov.baoji.credit.api;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of our {@code /api} controllers into RFC 9457 problem+json: field problems for bad
 * input, 404 for what the caller may not see, and a bare 500 (logged, never explained) for our own faults.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return withErrors(e.problems());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        return withErrors(e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), "invalid", v.getMessage()))
                .toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return withErrors(List.of(new FieldProblem(e.getName(), "type", "has the wrong type")));
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ResourceNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(RequestConflictException.class)
    ResponseEntity<ProblemDetail> conflict(RequestConflictException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, e.problemType(), e.getMessage());
    }

    @ExceptionHandler(StateConflictException.class)
    ResponseEntity<ProblemDetail> stateConflict(StateConflictException e) {
        return problem(HttpStatus.CONFLICT, e.problemType(), e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "You are not allowed to do this.");
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, Problems.TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unhandled error in an API request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL,
                "An internal error occurred; nothing was changed. Please retry later.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return cast(withErrors(e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), "invalid", f.getDefaultMessage()))
                .toList()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return cast(withErrors(e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldProblem(
                        r.getMethodParameter().getParameterName(), "invalid", err.getDefaultMessage())))
                .toList()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof RequestTooLargeException tooLarge) {
            return cast(tooLarge(tooLarge));
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return cast(withErrors(List.of(fieldProblem(mismatch))));
        }
        String detail = e.getCause() instanceof JsonProcessingException
                ? "The body is not valid JSON." : "The request body is missing or unreadable.";
        return cast(problem(HttpStatus.BAD_REQUEST, Problems.MALFORMED, detail));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType().toString().equals("about:blank")) {
            problem.setType(Problems.of(status, typeOf(status), "").getType());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** Spring's own answers (404 route, 405, 413, 415 …) get our problem types too. */
    private static String typeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> Problems.NOT_FOUND;
            case 413 -> Problems.TOO_LARGE;
            case 415 -> Problems.UNSUPPORTED_MEDIA;
            default -> status.is5xxServerError() ? Problems.INTERNAL : Problems.MALFORMED;
        };
    }

    private static FieldProblem fieldProblem(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            return new FieldProblem(field, "enum", "must be one of: " + allowed);
        }
        String expected = e.getTargetType() == null ? "another type" : e.getTargetType().getSimpleName();
        return new FieldProblem(field, "type", "has the wrong type (expected " + expected + ")");
    }

    private static ResponseEntity<ProblemDetail> withErrors(List<FieldProblem> problems) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.VALIDATION,
                "The request has " + problems.size() + " invalid field(s).");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", problems);
        return ResponseEntity.badRequest().body(problem);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String detail) {
        return ResponseEntity.status(status).body(Problems.of(status, type, detail));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    @SuppressWarnings("unchecked")
    private static ResponseEntity<Object> cast(ResponseEntity<?> entity) {
        return (ResponseEntity<Object>) entity;
    }

}
