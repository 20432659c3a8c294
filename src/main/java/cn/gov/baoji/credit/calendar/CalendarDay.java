package cn.gov.baoji.credit.calendar;

import java.time.LocalDate;

/** One exception to the Monday-to-Friday rule: a public holiday, or a weekend day worked in exchange. */
record CalendarDay(LocalDate day, Kind kind, String name) {

    enum Kind { HOLIDAY, WORKDAY }
}
