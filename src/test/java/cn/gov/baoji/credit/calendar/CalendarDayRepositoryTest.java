package cn.gov.baoji.credit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The administrator's writes on H2, the embedded default (the integration test runs them on PostgreSQL). */
class CalendarDayRepositoryTest {

    CalendarDayRepository repository;

    @BeforeEach
    void migrate() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("6").load().migrate();
        repository = new CalendarDayRepository(JdbcClient.create(dataSource));
    }

    @Test
    void entersReplacesAndDeletesADay() {
        LocalDate day = LocalDate.of(2030, 10, 1);
        Instant at = Instant.parse("2026-11-28T09:30:00.123456Z");
        var entered = new StoredCalendarDay(new CalendarDay(day, CalendarDay.Kind.HOLIDAY, "国庆节"), "admin", at);

        repository.save(entered);
        assertThat(repository.findYear(2030)).containsExactly(entered);
        assertThat(repository.lockYear(2030)).containsExactly(day);

        var replaced = new StoredCalendarDay(new CalendarDay(day, CalendarDay.Kind.HOLIDAY, "国庆节（更正）"), "other",
                at.plusSeconds(60));
        repository.save(replaced);
        assertThat(repository.find(day)).contains(replaced);

        assertThat(repository.delete(day)).isTrue();
        assertThat(repository.delete(day)).isFalse();
        assertThat(repository.findYear(2030)).isEmpty();
    }

    @Test
    void aYearListsItsEntriesInDateOrderWithWhoEnteredThem() {
        assertThat(repository.findYear(2026)).hasSize(39).allMatch(d -> d.updatedBy().equals("seed"))
                .extracting(d -> d.day().day()).isSorted();
        assertThat(repository.lockYear(2027)).hasSize(13);
        assertThat(repository.findYear(2031)).isEmpty();
    }
}
