package cn.gov.baoji.credit.calendar;

import java.util.List;

import cn.gov.baoji.credit.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar: everyone may read a year, only administrators change it. A bad year is refused
 * with 400 by Spring's method validation; a bad date or body by {@link CalendarDayRules}, every problem at once.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarController {

    private final CalendarAdministration administration;
    private final CalendarDayRules rules;

    CalendarController(CalendarAdministration administration, CalendarDayRules rules) {
        this.administration = administration;
        this.rules = rules;
    }

    @GetMapping("/{year}")
    public CalendarYearResponse year(@PathVariable @Min(CalendarDayRules.FIRST_YEAR)
                                     @Max(CalendarDayRules.LAST_YEAR) int year) {
        List<StoredCalendarDay> days = administration.year(year);
        return new CalendarYearResponse(year, days.stream().map(CalendarDayResponse::of).toList(),
                WorkingDayCalendar.workingDaysIn(year, days.stream().map(StoredCalendarDay::day).toList()));
    }

    @PutMapping(path = "/days/{date}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
    public CalendarDayResponse set(@PathVariable String date, @RequestBody SetCalendarDayRequest request,
                                   Authentication authentication) {
        CalendarDay day = rules.check(date, request);
        return CalendarDayResponse.of(administration.set(day, Caller.from(authentication).userId()));
    }

    @DeleteMapping("/days/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
    public void delete(@PathVariable String date, Authentication authentication) {
        administration.delete(CalendarDayRules.date(date), Caller.from(authentication).userId());
    }
}
