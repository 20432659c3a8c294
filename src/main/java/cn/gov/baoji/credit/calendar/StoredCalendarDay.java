package cn.gov.baoji.credit.calendar;

import java.time.Instant;

/** A calendar entry as the table holds it: the day, and who entered it when. */
record StoredCalendarDay(CalendarDay day, String updatedBy, Instant updatedAt) {
}
