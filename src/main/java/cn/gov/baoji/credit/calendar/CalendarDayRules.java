package cn.gov.baoji.credit.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.gov.baoji.credit.api.FieldProblem;
import cn.gov.baoji.credit.api.InvalidRequestException;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * What an administrator may enter: a date of 2000 to 2100, a kind, a name, and a make-up working day only on a
 * weekend (a weekday is a working day anyway). Every problem of a request is reported at once.
 */
@Component
class CalendarDayRules {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final Validator validator;

    CalendarDayRules(Validator validator) {
        this.validator = validator;
    }

    CalendarDay check(String date, SetCalendarDayRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = date(date, problems);
        validator.validate(request).stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), "invalid", v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .forEach(problems::add);
        CalendarDay.Kind kind = kind(request.kind(), problems);
        if (day != null && kind == CalendarDay.Kind.WORKDAY && !WorkingDayCalendar.isWeekend(day)) {
            problems.add(new FieldProblem("kind", "weekday", "a make-up working day (WORKDAY) is a Saturday or"
                    + " Sunday; " + day + " is a " + day.getDayOfWeek().toString().toLowerCase(Locale.ROOT)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new CalendarDay(day, kind, request.name().strip());
    }

    /** The date of a path, or 400. */
    static LocalDate date(String date) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = date(date, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return day;
    }

    private static LocalDate date(String value, List<FieldProblem> problems) {
        LocalDate day = null;
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                day = LocalDate.parse(value);
            } catch (DateTimeException e) {
                // answered below
            }
        }
        if (day == null) {
            problems.add(new FieldProblem("date", "format", "must be a date yyyy-MM-dd"));
        } else if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            problems.add(new FieldProblem("date", "invalid", "the year must be " + FIRST_YEAR + " to " + LAST_YEAR));
            day = null;
        }
        return day;
    }

    private static CalendarDay.Kind kind(String value, List<FieldProblem> problems) {
        if (value == null) {
            return null;   // reported by the validator
        }
        try {
            return CalendarDay.Kind.valueOf(value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kind", "enum", "must be one of: " + Arrays.stream(CalendarDay.Kind.values())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }
}
