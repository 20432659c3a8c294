package cn.gov.baoji.credit.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import cn.gov.baoji.credit.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Due dates in working days on the official calendar, from {@link DeadlineProperties}. Used in the models as
 * {@code ${caseDeadlines.due('triage')}}, so the length of each stage is configuration and the timers fire on
 * a date the calendar computed, not after an ISO duration. A deadline of n working days ends at the end of
 * the n-th working day after today, Beijing time.
 */
@Component("caseDeadlines")
public class CaseDeadlines {

    public static final ZoneId BAOJI = ZoneId.of("Asia/Shanghai");
    private static final int REMINDER_HOUR = 9;

    private final DeadlineProperties properties;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CaseDeadlines(DeadlineProperties properties, WorkingDayCalendar calendar, Clock clock) {
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The due instant of a stage that starts now. */
    public Date due(String stage) {
        return Date.from(calendar.deadline(clock.instant(), workingDays(stage), BAOJI));
    }

    /** The last working day of a stage that starts today. */
    public LocalDate dueDay(String stage) {
        return calendar.addWorkingDays(LocalDate.ofInstant(clock.instant(), BAOJI), workingDays(stage));
    }

    /**
     * The last working day of a deadline, the day to name in a notice: a deadline ends at 00:00 Beijing time of
     * the day after it.
     */
    public static LocalDate lastDay(Date due) {
        return LocalDate.ofInstant(due.toInstant().minusNanos(1), BAOJI);
    }

    /**
     * When to remind the unit of a deadline: 09:00 on the working day the configured number of working days
     * before the due day, but never in the past.
     */
    public Date reminderBefore(Date due) {
        LocalDate reminderDay = calendar.subtractWorkingDays(lastDay(due), properties.reminderWorkingDays());
        Instant reminder = reminderDay.atTime(REMINDER_HOUR, 0).atZone(BAOJI).toInstant();
        Instant now = clock.instant();
        return Date.from(reminder.isBefore(now) ? now : reminder);
    }

    private int workingDays(String stage) {
        Integer days = properties.workingDays().get(stage);
        if (days == null) {
            throw new IllegalStateException("No deadline configured for stage '" + stage
                    + "' (baoji.deadlines.working-days." + stage + ")");
        }
        return days;
    }
}
