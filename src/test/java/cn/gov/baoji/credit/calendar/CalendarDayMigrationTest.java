package cn.gov.baoji.credit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V1..V5 on H2 in regular mode; the repository reads exactly the rows the unit test parses. */
class CalendarDayMigrationTest {

    @Test
    void theRepositoryReadsTheSeededCalendar() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("6").load().migrate();
        var repository = new CalendarDayRepository(JdbcClient.create(dataSource));

        assertThat(repository.findAll()).containsExactlyElementsOf(WorkingDayCalendarTest.seed());
        assertThat(new WorkingDayCalendar(repository).isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
    }
}
