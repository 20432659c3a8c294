package cn.gov.baoji.credit.imports;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where each pull stands (table {@code imports_cursor}), so that a pull resumes after a restart. */
@Repository
class ImportCursors {

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportCursors(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The stored position, empty before the first page was applied. */
    Optional<String> position(String name) {
        return jdbc.sql("SELECT position FROM imports_cursor WHERE name = ?").param(name).query(String.class)
                .optional();
    }

    void save(String name, String position) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE imports_cursor SET position = ?, updated_at = ? WHERE name = ?")
                .params(position, now, name).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO imports_cursor (name, position, updated_at) VALUES (?, ?, ?)")
                    .params(name, position, now).update();
        }
    }
}
