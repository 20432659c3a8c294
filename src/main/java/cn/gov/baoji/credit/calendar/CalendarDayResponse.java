package cn.gov.baoji.credit.calendar;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of the calendar as the API shows it. */
record CalendarDayResponse(LocalDate date, CalendarDay.Kind kind, String name, String updatedBy, Instant updatedAt) {

    static CalendarDayResponse of(StoredCalendarDay stored) {
        CalendarDay day = stored.day();
        return new CalendarDayResponse(day.day(), day.kind(), day.name(), stored.updatedBy(), stored.updatedAt());
    }
}
