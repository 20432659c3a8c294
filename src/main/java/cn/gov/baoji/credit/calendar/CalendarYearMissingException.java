package cn.gov.baoji.credit.calendar;

/**
 * A computation needs a year for which no official holiday calendar is loaded. Never guessed as
 * weekends-only: an administrator must enter that year's State Council notice first. Escaping an
 * {@code /api} request it is answered 503 {@code calendar-year-missing} (see {@code CalendarProblemHandler}).
 */
public class CalendarYearMissingException extends RuntimeException {

    private final int year;

    public CalendarYearMissingException(int year) {
        super("No official holiday calendar is loaded for " + year + "; enter that year's State Council notice first.");
        this.year = year;
    }

    /** The year that is not loaded. */
    public int year() {
        return year;
    }
}
