package cn.gov.baoji.credit.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.gov.baoji.credit.api.ResourceNotFoundException;
import cn.gov.baoji.credit.api.StateConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An administrator keeps the calendar in step with the State Council notices. Every change commits on its own
 * and {@link WorkingDayCalendar} reloads only after the commit, so deadlines never see a change that was rolled
 * back. A year keeps at least one entry once it has one: a year without entries counts as not loaded.
 */
@Service
class CalendarAdministration {

    static final String LAST_DAY_OF_YEAR = "last-calendar-day-of-year";

    private static final Logger log = LoggerFactory.getLogger(CalendarAdministration.class);

    private final CalendarDayRepository repository;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CalendarAdministration(CalendarDayRepository repository, WorkingDayCalendar calendar, Clock clock) {
        this.repository = repository;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The entries of a loaded year, in date order; a year without entries is not found. */
    @Transactional(readOnly = true)
    public List<StoredCalendarDay> year(int year) {
        List<StoredCalendarDay> days = repository.findYear(year);
        if (days.isEmpty()) {
            throw new ResourceNotFoundException("The working-day calendar for " + year
                    + " is not loaded; an administrator enters it from that year's State Council notice.");
        }
        return days;
    }

    /** Enters or replaces the entry for that day. */
    @Transactional
    public StoredCalendarDay set(CalendarDay day, String actor) {
        // the column keeps microseconds; the answer shows what was stored
        var entry = new StoredCalendarDay(day, actor, clock.instant().truncatedTo(ChronoUnit.MICROS));
        repository.save(entry);
        afterCommit(() -> log.info("Calendar day {} set to {} by {}", day.day(), day.kind(), actor));
        return entry;
    }

    /** Removes the entry for that day: it follows the weekly rule again. */
    @Transactional
    public void delete(LocalDate date, String actor) {
        List<LocalDate> entered = repository.lockYear(date.getYear());
        StoredCalendarDay existing = repository.find(date)
                .orElseThrow(() -> new ResourceNotFoundException("No calendar entry for " + date));
        if (entered.size() == 1) {
            throw new StateConflictException(LAST_DAY_OF_YEAR, "The entry for " + date + " is the last of "
                    + date.getYear() + "; a year without entries counts as not loaded. Enter another day first.");
        }
        repository.delete(date);
        afterCommit(() -> log.info("Calendar day {} ({}) deleted by {}", date, existing.day().kind(), actor));
    }

    /** Reloads the calendar once the change is committed, then logs it; nothing of a rolled-back change. */
    private void afterCommit(Runnable logChange) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                calendar.reload();
                logChange.run();
            }
        });
    }
}
