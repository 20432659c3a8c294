package cn.gov.baoji.credit.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PUT /api/v1/calendar/days/{date}}. {@code kind} is text, not the enum, so that a wrong kind is
 * reported together with every other problem ({@link CalendarDayRules}).
 */
record SetCalendarDayRequest(@NotNull String kind, @NotBlank @Size(max = 100) String name) {
}
