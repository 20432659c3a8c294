package cn.gov.baoji.credit.calendar;

import java.util.List;

/** A loaded year: its entries in date order, and how many working days it has with them. */
record CalendarYearResponse(int year, List<CalendarDayResponse> days, int workingDays) {
}
