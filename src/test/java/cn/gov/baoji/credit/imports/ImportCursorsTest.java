package cn.gov.baoji.credit.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Every migration on H2 as the embedded default runs them, and the pull's cursor kept in imports_cursor. */
class ImportCursorsTest {

    @Test
    void aCursorIsEmptyUntilSavedThenMovesOn() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        var cursors = new ImportCursors(JdbcClient.create(dataSource), Clock.systemUTC());

        assertThat(cursors.position("national-platform-targets")).isEmpty();
        cursors.save("national-platform-targets", "c-1");
        cursors.save("national-platform-targets", "c-2");
        cursors.save("other", "x");

        assertThat(cursors.position("national-platform-targets")).contains("c-2");
        assertThat(cursors.position("other")).contains("x");
    }
}
