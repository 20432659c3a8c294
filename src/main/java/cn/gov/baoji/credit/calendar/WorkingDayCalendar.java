package cn.gov.baoji.credit.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Legal deadlines in working days on China's official calendar: weekends and public holidays are not
 * working days, except the make-up working days (调休上班) of the State Council notice for that year.
 * A year counts as loaded when the calendar has at least one entry in it; any computation touching a year
 * that is not loaded throws {@link CalendarYearMissingException} rather than treating it as weekends-only.
 * The table is small and cached in memory; call {@link #reload()} after every change.
 */
@Service
public class WorkingDayCalendar {

    private final Supplier<Iterable<CalendarDay>> source;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    @Autowired
    WorkingDayCalendar(CalendarDayRepository repository) {
        this(repository::findAll);
    }

    WorkingDayCalendar(Supplier<Iterable<CalendarDay>> source) {
        this.source = source;
    }

    /**
     * Reads the calendar table again (after an administrator changed it). Serialised, so that of two reloads
     * after two commits the one that reads last also publishes last.
     */
    public synchronized void reload() {
        Map<LocalDate, CalendarDay.Kind> days = new java.util.HashMap<>();
        source.get().forEach(d -> days.put(d.day(), d.kind()));
        Set<Integer> years = days.keySet().stream().map(LocalDate::getYear).collect(Collectors.toSet());
        snapshot.set(new Snapshot(Map.copyOf(days), Set.copyOf(years)));
    }

    /** Whether offices work on that day. */
    public boolean isWorkingDay(LocalDate day) {
        Snapshot s = snapshot.get();
        if (s == null) {   // loaded on first use, so the application starts even before the table is read
            reload();
            s = snapshot.get();
        }
        if (!s.years().contains(day.getYear())) {
            throw new CalendarYearMissingException(day.getYear());
        }
        return isWorkingDay(day, s.days().get(day));
    }

    /** The rule itself: a listed day is what its entry says; any other day is a working day Monday to Friday. */
    static boolean isWorkingDay(LocalDate day, CalendarDay.Kind listedAs) {
        if (listedAs != null) {
            return listedAs == CalendarDay.Kind.WORKDAY;
        }
        return !isWeekend(day);
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The working days of a year whose entries are exactly these (entries of other years are ignored). */
    static int workingDaysIn(int year, Iterable<CalendarDay> entries) {
        Map<LocalDate, CalendarDay.Kind> listed = new java.util.HashMap<>();
        entries.forEach(d -> listed.put(d.day(), d.kind()));
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (isWorkingDay(day, listed.get(day))) {
                count++;
            }
        }
        return count;
    }

    /** The n-th working day after start (start itself never counts); n = 0 gives start. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The n-th working day before start (start itself never counts); n = 0 gives start. */
    public LocalDate subtractWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        for (int left = n; left > 0; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days in (fromExclusive, toInclusive]; 0 when to is not after from. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The instant a deadline of that many working days ends: the end of the due working day, i.e. 00:00 of
     * the following calendar day in that zone (exclusive). The start date is the start instant's date there.
     */
    public Instant deadline(Instant start, int workingDays, ZoneId zone) {
        LocalDate due = addWorkingDays(LocalDate.ofInstant(start, zone), workingDays);
        return due.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * A clock paused while the case waits on the subject: the deadline moves later by the working days in
     * [pausedFrom, resumedOn), i.e. those of the pause, the day of resumption counting again.
     */
    public LocalDate extendBy(LocalDate due, LocalDate pausedFrom, LocalDate resumedOn) {
        if (resumedOn.isBefore(pausedFrom)) {
            throw new IllegalArgumentException("resumedOn " + resumedOn + " is before pausedFrom " + pausedFrom);
        }
        return addWorkingDays(due, workingDaysBetween(pausedFrom.minusDays(1), resumedOn.minusDays(1)));
    }

    private record Snapshot(Map<LocalDate, CalendarDay.Kind> days, Set<Integer> years) {
    }
}
