package cn.gov.baoji.credit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.gov.baoji.credit.support.Api;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar API on PostgreSQL: anyone reads a year, administrators change it, the change reaches
 * {@link WorkingDayCalendar} at once, and bad input changes nothing. Every test leaves the table as it found it
 * (other integration tests share the database and the context) and the calendar reloaded.
 */
@PostgresIntegrationTest
class CalendarAdminIT {

    static final String ADMIN = "admin";
    static final String STAFF = "demo-credit-office";
    static final String VALID = "{\"kind\": \"HOLIDAY\", \"name\": \"测试假日\"}";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    PlatformTransactionManager transactionManager;

    Api api;
    List<Row> before;

    @BeforeEach
    void snapshot() {
        api = new Api(port);
        before = rows();
    }

    @AfterEach
    void restore() {
        if (!rows().equals(before)) {
            new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
                jdbc.sql("DELETE FROM calendar_day").update();
                before.forEach(r -> jdbc.sql("INSERT INTO calendar_day (calendar_date, kind, name, updated_by,"
                                + " updated_at) VALUES (?, ?, ?, ?, ?)")
                        .params(r.date(), r.kind(), r.name(), r.updatedBy(), r.updatedAt().atOffset(ZoneOffset.UTC))
                        .update());
            });
        }
        calendar.reload();
        assertThat(rows()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2025, 2026, 2027})
    void anyUserReadsAYearWithItsEntriesAndWorkingDays(int year) {
        List<CalendarDay> seeded = WorkingDayCalendarTest.seed().stream().filter(d -> d.day().getYear() == year)
                .toList();
        Api.Response answer = api.get(STAFF, "/api/v1/calendar/" + year);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.get("year").asInt()).isEqualTo(year);
        assertThat(body.get("workingDays").asInt()).isEqualTo(workingDaysOf(year, seeded));
        assertThat(body.get("days").findValuesAsText("date"))
                .containsExactlyElementsOf(seeded.stream().map(d -> d.day().toString()).toList());
        assertThat(body.get("days").findValuesAsText("kind"))
                .containsExactlyElementsOf(seeded.stream().map(d -> d.kind().name()).toList());
        assertThat(body.get("days").findValuesAsText("name"))
                .containsExactlyElementsOf(seeded.stream().map(CalendarDay::name).toList());
        assertThat(body.get("days").findValuesAsText("updatedBy")).allMatch(by -> by.startsWith("seed"));
        assertThat(body.get("days").findValuesAsText("updatedAt")).allSatisfy(Instant::parse);
    }

    @Test
    void workingDaysOf2026AreCountedFromTheNotice() {
        List<CalendarDay> seeded = WorkingDayCalendarTest.seed().stream().filter(d -> d.day().getYear() == 2026)
                .toList();
        // 365 days - 104 weekend days - 19 holidays on weekdays + 6 make-up Saturdays and Sundays
        assertThat(workingDaysOf(2026, seeded)).isEqualTo(248);
        JsonNode first = api.get(ADMIN, "/api/v1/calendar/2026").json().get("days").get(0);
        assertThat(first.get("date").asText()).isEqualTo("2026-01-01");
        assertThat(first.get("kind").asText()).isEqualTo("HOLIDAY");
        assertThat(first.get("name").asText()).isEqualTo("元旦");
        assertThat(first.get("updatedBy").asText()).isEqualTo("seed");
    }

    @Test
    void anAdministratorEntersDaysAndTheCalendarFollowsAtOnce() {
        LocalDate saturday = LocalDate.of(2025, 3, 8);
        LocalDate monday = LocalDate.of(2025, 3, 10);
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        Instant start = Instant.now();

        Api.Response made = api.putJson(ADMIN, "/api/v1/calendar/days/" + saturday,
                "{\"kind\": \"WORKDAY\", \"name\": \"  测试调休  \"}");
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        JsonNode day = made.json();
        assertThat(day.get("date").asText()).isEqualTo("2025-03-08");
        assertThat(day.get("kind").asText()).isEqualTo("WORKDAY");
        assertThat(day.get("name").asText()).isEqualTo("测试调休");
        assertThat(day.get("updatedBy").asText()).isEqualTo(ADMIN);
        assertThat(Instant.parse(day.get("updatedAt").asText())).isBetween(start.minusSeconds(1), Instant.now());
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(row(saturday)).isEqualTo(new Row(saturday, "WORKDAY", "测试调休", ADMIN,
                Instant.parse(day.get("updatedAt").asText())));

        assertThat(api.putJson(ADMIN, "/api/v1/calendar/days/" + monday, VALID).status()).isEqualTo(200);
        assertThat(calendar.isWorkingDay(monday)).isFalse();
        assertThat(api.putJson(ADMIN, "/api/v1/calendar/days/2025-03-15",
                Map.of("kind", "HOLIDAY", "name", "长".repeat(100))).status()).as("100 characters").isEqualTo(200);

        assertThat(api.putJson(ADMIN, "/api/v1/calendar/days/2025-01-01", Map.of("kind", "HOLIDAY", "name",
                "元旦（更正）")).status()).as("an existing entry is replaced").isEqualTo(200);
        assertThat(row(LocalDate.of(2025, 1, 1))).extracting(Row::name, Row::updatedBy)
                .containsExactly("元旦（更正）", ADMIN);
        assertThat(rows()).hasSize(before.size() + 3);

        JsonNode year = api.get(STAFF, "/api/v1/calendar/2025").json();
        assertThat(year.get("days").findValuesAsText("date")).contains("2025-03-08", "2025-03-10", "2025-03-15");
        assertThat(year.get("workingDays").asInt())
                .isEqualTo(calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void onlyAdministratorsChangeTheCalendar() {
        Api.Response put = api.putJson(STAFF, "/api/v1/calendar/days/2025-03-10", VALID);
        Api.Response delete = api.delete(STAFF, "/api/v1/calendar/days/2025-01-26");

        for (Api.Response refused : List.of(put, delete)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("type").asText()).isEqualTo("urn:baoji-credit:problem:forbidden");
        }
        assertThat(rows()).isEqualTo(before);
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 10))).isTrue();
    }

    @Test
    void withoutCredentialsNothingIsShownOrChanged() {
        List<Api.Response> answers = List.of(api.get(null, "/api/v1/calendar/2026"),
                api.putJson(null, "/api/v1/calendar/days/2025-03-10", VALID),
                api.delete(null, "/api/v1/calendar/days/2025-01-26"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.json().get("type").asText()).isEqualTo("urn:baoji-credit:problem:unauthenticated");
        });
        assertThat(rows()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badEntries")
    void aBadEntryNamesEveryBadFieldAndChangesNothing(String date, String body, List<String> fields) {
        Api.Response answer = api.putJson(ADMIN, "/api/v1/calendar/days/" + date, body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        JsonNode problem = answer.json();
        assertThat(problem.get("type").asText()).isEqualTo("urn:baoji-credit:problem:validation-failed");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrderElementsOf(fields);
        assertThat(rows()).isEqualTo(before);
    }

    static Stream<Arguments> badEntries() {
        return Stream.of(
                Arguments.of("2026-13-01", VALID, List.of("date")),
                Arguments.of("2026-02-29", VALID, List.of("date")),
                Arguments.of("2026-3-07", VALID, List.of("date")),
                Arguments.of("20260307", VALID, List.of("date")),
                Arguments.of("1999-12-31", VALID, List.of("date")),
                Arguments.of("2101-01-01", VALID, List.of("date")),
                Arguments.of("2025-03-08", "{\"name\": \"调休\"}", List.of("kind")),
                Arguments.of("2025-03-08", "{\"kind\": null, \"name\": \"调休\"}", List.of("kind")),
                Arguments.of("2025-03-08", "{\"kind\": \"holiday\", \"name\": \"调休\"}", List.of("kind")),
                Arguments.of("2025-03-08", "{\"kind\": \"HOLIDAY\"}", List.of("name")),
                Arguments.of("2025-03-08", "{\"kind\": \"HOLIDAY\", \"name\": \"   \"}", List.of("name")),
                Arguments.of("2025-03-08", "{\"kind\": \"HOLIDAY\", \"name\": \"" + "长".repeat(101) + "\"}",
                        List.of("name")),
                Arguments.of("2025-03-10", "{\"kind\": \"WORKDAY\", \"name\": \"调休\"}", List.of("kind")),
                Arguments.of("2025-03-11", "{\"kind\": \"WORKDAY\", \"name\": \"\"}", List.of("kind", "name")),
                Arguments.of("2025-03-08", "{}", List.of("kind", "name")),
                Arguments.of("2026-1-5", "{\"kind\": \"SOMETIMES\"}", List.of("date", "kind", "name")));
    }

    @Test
    void aWorkdayOnAWeekdayIsRefusedWithItsOwnCode() {
        JsonNode error = api.putJson(ADMIN, "/api/v1/calendar/days/2025-03-10", "{\"kind\": \"WORKDAY\", \"name\":"
                + " \"调休\"}").json().get("errors").get(0);
        assertThat(error.get("code").asText()).isEqualTo("weekday");
        assertThat(error.get("message").asText()).contains("Saturday or Sunday", "monday");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/calendar/1999", "/api/v1/calendar/2101", "/api/v1/calendar/twenty",
            "/api/v1/calendar/days/2026-02-30", "/api/v1/calendar/days/2200-01-01"})
    void aBadYearOrDateInThePathIsRefused(String path) {
        Api.Response answer = path.contains("/days/") ? api.delete(ADMIN, path) : api.get(ADMIN, path);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("errors").findValuesAsText("field"))
                .containsExactly(path.contains("/days/") ? "date" : "year");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void deletingAnEntryBringsBackTheWeeklyRule() {
        LocalDate sunday = LocalDate.of(2025, 1, 26);   // a make-up working day of the Spring Festival
        assertThat(calendar.isWorkingDay(sunday)).isTrue();

        Api.Response answer = api.delete(ADMIN, "/api/v1/calendar/days/" + sunday);

        assertThat(answer.status()).as(answer.body()).isEqualTo(204);
        assertThat(answer.body()).isEmpty();
        assertThat(calendar.isWorkingDay(sunday)).isFalse();
        assertThat(rows()).hasSize(before.size() - 1).noneMatch(r -> r.date().equals(sunday));
    }

    @Test
    void deletingADayWithoutEntryIsNotFound() {
        Api.Response answer = api.delete(ADMIN, "/api/v1/calendar/days/2025-03-12");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("type").asText()).isEqualTo("urn:baoji-credit:problem:not-found");
        assertThat(answer.json().get("detail").asText()).contains("2025-03-12");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void theLastEntryOfAYearIsKeptSoTheYearStaysLoaded() {
        assertThat(api.putJson(ADMIN, "/api/v1/calendar/days/2030-01-01", Map.of("kind", "HOLIDAY", "name", "元旦"))
                .status()).isEqualTo(200);
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 2))).as("2030 is loaded now").isTrue();
        assertThat(api.get(STAFF, "/api/v1/calendar/2030").json().get("days")).hasSize(1);

        Api.Response answer = api.delete(ADMIN, "/api/v1/calendar/days/2030-01-01");

        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.json().get("type").asText())
                .isEqualTo("urn:baoji-credit:problem:last-calendar-day-of-year");
        assertThat(row(LocalDate.of(2030, 1, 1))).isNotNull();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void aYearWithoutEntriesIsNotLoaded() {
        Api.Response answer = api.get(STAFF, "/api/v1/calendar/2031");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asText()).isEqualTo("urn:baoji-credit:problem:not-found");
        assertThat(answer.json().get("detail").asText()).contains("2031", "not loaded");
    }

    /** 365 or 366 days, less weekends, less holidays on weekdays, plus make-up days on weekends. */
    private static int workingDaysOf(int year, List<CalendarDay> entries) {
        LocalDate first = LocalDate.of(year, 1, 1);
        long weekends = first.datesUntil(first.plusYears(1)).filter(CalendarAdminIT::weekend).count();
        long weekdayHolidays = entries.stream()
                .filter(d -> d.kind() == CalendarDay.Kind.HOLIDAY && !weekend(d.day())).count();
        long makeUpDays = entries.stream().filter(d -> d.kind() == CalendarDay.Kind.WORKDAY && weekend(d.day()))
                .count();
        return (int) (first.lengthOfYear() - weekends - weekdayHolidays + makeUpDays);
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private List<Row> rows() {
        return jdbc.sql("SELECT calendar_date, kind, name, updated_by, updated_at FROM calendar_day"
                + " ORDER BY calendar_date").query((rs, n) -> new Row(rs.getObject(1, LocalDate.class),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    private Row row(LocalDate date) {
        return rows().stream().filter(r -> r.date().equals(date)).findFirst().orElse(null);
    }

    record Row(LocalDate date, String kind, String name, String updatedBy, Instant updatedAt) {
    }
}
