package cn.gov.baoji.credit.calendar;

import cn.gov.baoji.credit.api.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A deadline that reaches a year whose calendar is not loaded is neither the caller's fault nor a bug: the
 * request is answered 503 {@code calendar-year-missing} until an administrator enters that year. Ahead of the
 * general {@code ApiProblemHandler}, whose catch-all would answer 500; Spring also finds the exception as the
 * cause of another one (e.g. wrapped by the engine).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(CalendarProblemHandler.class);

    @ExceptionHandler(CalendarYearMissingException.class)
    ResponseEntity<ProblemDetail> yearMissing(CalendarYearMissingException e) {
        log.warn("An API request needs the working-day calendar of {}, which is not loaded", e.year());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                Problems.CALENDAR_YEAR_MISSING, "The working-day calendar for " + e.year() + " is not loaded, so"
                        + " a deadline cannot be computed. Retry once an administrator has entered that year's State"
                        + " Council notice."));
    }
}
