package cn.gov.baoji.credit.calendar;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CalendarDayRepository {

    private final JdbcClient jdbc;

    CalendarDayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarDay> findAll() {
        return jdbc.sql("SELECT calendar_date, kind, name FROM calendar_day ORDER BY calendar_date")
                .query((rs, n) -> new CalendarDay(rs.getObject("calendar_date", java.time.LocalDate.class),
                        CalendarDay.Kind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
    }
}
