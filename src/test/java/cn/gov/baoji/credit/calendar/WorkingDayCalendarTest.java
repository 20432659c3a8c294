package cn.gov.baoji.credit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;


class WorkingDayCalendarTest {

    private static final Pattern ROW = Pattern.compile("DATE '(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|WORKDAY)', '([^']*)'");

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(WorkingDayCalendarTest::seed);

    /** The rows of the V5 and V6 migrations, so the test runs on exactly the seeded calendar. */
    static List<CalendarDay> seed() {
        try {
            String sql = Files.readString(Path.of("src/main/resources/db/migration/V5__calendar_day.sql"))
                    + Files.readString(Path.of("src/main/resources/db/migration/V6__calendar_2027.sql"));
            List<CalendarDay> days = new ArrayList<>();
            Matcher m = ROW.matcher(sql);
            while (m.find()) {
                days.add(new CalendarDay(LocalDate.parse(m.group(1)), CalendarDay.Kind.valueOf(m.group(2)), m.group(3)));
            }
            return days;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void seedHoldsThreeYears() {
        assertThat(seed()).hasSize(85);
        assertThat(seed()).filteredOn(d -> d.day().getYear() == 2027)
                .allMatch(d -> d.kind() == CalendarDay.Kind.HOLIDAY && d.name().contains("法定假日"));
    }

    @Test
    void deadlinesRunIntoTheStatutoryHolidaysOf2027() {
        // Thu 31 Dec 2026; Fri 1 Jan 2027 is New Year's Day; Mon 4 Jan is the first working day
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        // Fri 5 Feb (eve) and Mon 8 Feb 2027 are off
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 2, 4), 1)).isEqualTo(LocalDate.of(2027, 2, 9));
    }

    @Test
    void subtractingWalksBackOverHolidaysAndCountsMakeUpDays() {
        assertThat(calendar.subtractWorkingDays(LocalDate.of(2025, 10, 9), 1)).isEqualTo(LocalDate.of(2025, 9, 30));
        // Sat 28 Feb 2026 is a make-up working day
        assertThat(calendar.subtractWorkingDays(LocalDate.of(2026, 3, 2), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(calendar.subtractWorkingDays(LocalDate.of(2026, 2, 24), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.subtractWorkingDays(LocalDate.of(2026, 2, 24), 0)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThatThrownBy(() -> calendar.subtractWorkingDays(LocalDate.of(2025, 1, 6), 5))
                .isInstanceOf(CalendarYearMissingException.class).hasMessageContaining("2024");
    }

    @ParameterizedTest(name = "{0} + {1} - {1}")
    @MethodSource("workingDaysAndCounts")
    void subtractingUndoesAdding(LocalDate workingDay, int n) {
        assertThat(calendar.subtractWorkingDays(calendar.addWorkingDays(workingDay, n), n)).isEqualTo(workingDay);
    }

    static Stream<Arguments> workingDaysAndCounts() {
        java.util.Random random = new java.util.Random(2026);
        WorkingDayCalendar seeded = new WorkingDayCalendar(WorkingDayCalendarTest::seed);
        return Stream.generate(() -> LocalDate.of(2025, 1, 2).plusDays(random.nextInt(600)))
                .filter(seeded::isWorkingDay)
                .limit(200)
                .map(day -> Arguments.of(day, random.nextInt(30)));
    }

    @Test
    void springFestival2025CountsTheMakeUpSunday() {
        // Fri 24 Jan; Sun 26 and Mon 27 worked; 28 Jan - 4 Feb off; Wed 5, Thu 6, Fri 7 Feb
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 5)).isEqualTo(LocalDate.of(2025, 2, 7));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 6)).isEqualTo(LocalDate.of(2025, 2, 8));
    }

    @Test
    void nationalDay2025() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 30), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 11))).isEqualTo(3);
    }

    @Test
    void springFestival2026() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void workingDaysOfAYearAreThoseTheCalendarCounts() {
        // 2026: 365 days - 104 weekend days - 19 holidays on weekdays + 6 make-up weekend days
        assertThat(WorkingDayCalendar.workingDaysIn(2026, seed())).isEqualTo(248);
        for (int year = 2025; year <= 2027; year++) {
            assertThat(WorkingDayCalendar.workingDaysIn(year, seed())).as("%d", year).isEqualTo(
                    calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)));
        }
    }

    @Test
    void zeroDaysIsTheStart() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 2, 1), 0)).isEqualTo(LocalDate.of(2025, 2, 1));
    }

    @Test
    void deadlineEndsAtMidnightAfterTheDueDay() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant start = Instant.parse("2025-01-24T02:00:00Z");
        assertThat(calendar.deadline(start, 5, shanghai)).isEqualTo(Instant.parse("2025-02-07T16:00:00Z"));
    }

    @Test
    void missingYearIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2027, 12, 28), 10))
                .isInstanceOf(CalendarYearMissingException.class).hasMessageContaining("2028");
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2024, 12, 31)))
                .isInstanceOf(CalendarYearMissingException.class);
    }

    @Test
    void pauseMovesTheDeadlineByTheWorkingDaysPaused() {
        // paused Mon 22 Sep 2025 to Mon 29 Sep: 22-26 and Sun 28 are working days = 6
        LocalDate due = LocalDate.of(2025, 10, 14);
        assertThat(calendar.extendBy(due, LocalDate.of(2025, 9, 22), LocalDate.of(2025, 9, 29)))
                .isEqualTo(LocalDate.of(2025, 10, 22));
        assertThat(calendar.extendBy(due, LocalDate.of(2025, 9, 22), LocalDate.of(2025, 9, 22))).isEqualTo(due);
    }

    static Stream<Object[]> generated() {
        Random random = new Random(20250124L);
        return IntStream.range(0, 200).mapToObj(i -> new Object[] {
                LocalDate.of(2025, 1, 1).plusDays(random.nextInt(600)), random.nextInt(40)});
    }

    @ParameterizedTest
    @MethodSource("generated")
    void addingIsConsistentWithCounting(LocalDate start, int n) {
        LocalDate result = calendar.addWorkingDays(start, n);
        if (n > 0) {
            assertThat(calendar.isWorkingDay(result)).isTrue();
        }
        assertThat(calendar.workingDaysBetween(start, result)).isEqualTo(n);
        assertThat(calendar.addWorkingDays(start, n + 1)).isAfter(result);
    }
}
