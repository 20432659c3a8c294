package cn.gov.baoji.credit.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CalendarDayRepository {

    private static final String COLUMNS = "calendar_date, kind, name, updated_by, updated_at";

    private final JdbcClient jdbc;

    CalendarDayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarDay> findAll() {
        return jdbc.sql("SELECT calendar_date, kind, name FROM calendar_day ORDER BY calendar_date")
                .query((rs, n) -> day(rs))
                .list();
    }

    List<StoredCalendarDay> findYear(int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM calendar_day WHERE calendar_date BETWEEN ? AND ?"
                        + " ORDER BY calendar_date")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, n) -> stored(rs))
                .list();
    }

    /** The days entered for that year, locked until the transaction ends (so the last one is never deleted twice). */
    List<LocalDate> lockYear(int year) {
        return jdbc.sql("SELECT calendar_date FROM calendar_day WHERE calendar_date BETWEEN ? AND ? FOR UPDATE")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list();
    }

    Optional<StoredCalendarDay> find(LocalDate date) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM calendar_day WHERE calendar_date = ?")
                .param(date)
                .query((rs, n) -> stored(rs))
                .optional();
    }

    void save(StoredCalendarDay entry) {
        CalendarDay day = entry.day();
        OffsetDateTime at = entry.updatedAt().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE calendar_day SET kind = ?, name = ?, updated_by = ?, updated_at = ?"
                        + " WHERE calendar_date = ?")
                .params(day.kind().name(), day.name(), entry.updatedBy(), at, day.day())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO calendar_day (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")
                    .params(day.day(), day.kind().name(), day.name(), entry.updatedBy(), at)
                    .update();
        }
    }

    boolean delete(LocalDate date) {
        return jdbc.sql("DELETE FROM calendar_day WHERE calendar_date = ?").param(date).update() > 0;
    }

    private static CalendarDay day(ResultSet rs) throws SQLException {
        return new CalendarDay(rs.getObject("calendar_date", LocalDate.class),
                CalendarDay.Kind.valueOf(rs.getString("kind")), rs.getString("name"));
    }

    private static StoredCalendarDay stored(ResultSet rs) throws SQLException {
        Instant at = rs.getObject("updated_at", OffsetDateTime.class).toInstant();
        return new StoredCalendarDay(day(rs), rs.getString("updated_by"), at);
    }
}
