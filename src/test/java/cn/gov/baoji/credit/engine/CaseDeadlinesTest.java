package cn.gov.baoji.credit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;

/** The day a notice names for a deadline: deadlines end at 00:00 Beijing time after their last working day. */
class CaseDeadlinesTest {

    @Test
    void theLastDayIsTheDayBeforeTheMidnightTheDeadlineEndsAt() {
        Date endsAt = Date.from(ZonedDateTime.of(2026, 3, 11, 0, 0, 0, 0, CaseDeadlines.BAOJI).toInstant());

        assertThat(CaseDeadlines.lastDay(endsAt)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void aDeadlineInsideADayBelongsToThatDay() {
        Date endsAt = Date.from(ZonedDateTime.of(2026, 3, 11, 9, 30, 0, 0, CaseDeadlines.BAOJI).toInstant());

        assertThat(CaseDeadlines.lastDay(endsAt)).isEqualTo(LocalDate.of(2026, 3, 11));
    }
}
