package cn.gov.baoji.credit.calendar;

/**
 * A computation needs a year for which no official holiday calendar is loaded. Never guessed as
 * weekends-only: an administrator must enter that year's State Council notice first.
 */
public class CalendarYearMissingException extends RuntimeException {

    public CalendarYearMissingException(int year) {
        super("No official holiday calendar is loaded for " + year + "; enter that year's State Council notice first.");
    }
}
