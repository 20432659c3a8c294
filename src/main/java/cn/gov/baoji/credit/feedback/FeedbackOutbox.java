package cn.gov.baoji.credit.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import cn.gov.baoji.credit.adapters.nationalplatform.FeedbackKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the outbox table. */
@Repository
class FeedbackOutbox {

    private final JdbcClient jdbc;

    FeedbackOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new row's id, or empty when a report with that key is already queued. */
    Optional<Long> insertIfNew(String key, FeedbackKind kind, String caseNumber, String entryId, String payload,
                               Instant now) {
        if (jdbc.sql("SELECT count(*) FROM feedback_outbox WHERE idempotency_key = ?").param(key)
                .query(Long.class).single() > 0) {
            return Optional.empty();
        }
        // Two transactions queuing the same fact at once: the unique key fails the second, whose job retries
        // and then finds the row.
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO feedback_outbox (idempotency_key, kind, case_number, entry_id, payload, created_at, attempts)
                VALUES (?, ?, ?, ?, ?, ?, 0)""")
                .params(key, kind.name(), caseNumber, entryId, payload, timestamp(now))
                .update(keys, "id");
        return Optional.of(keys.getKeyAs(Number.class).longValue());
    }

    Optional<OutboxItem> find(long id) {
        return jdbc.sql("SELECT * FROM feedback_outbox WHERE id = ?").param(id).query(this::item).optional();
    }

    void attemptFailed(long id, String error, Instant now) {
        jdbc.sql("""
                UPDATE feedback_outbox SET attempts = attempts + 1, last_attempt_at = ?, last_error = ?
                WHERE id = ? AND delivered_at IS NULL""")
                .params(timestamp(now), error.length() > 500 ? error.substring(0, 500) : error, id)
                .update();
    }

    void delivered(long id, Instant now) {
        jdbc.sql("""
                UPDATE feedback_outbox SET attempts = attempts + 1, last_attempt_at = ?, last_error = NULL, delivered_at = ?
                WHERE id = ? AND delivered_at IS NULL""")
                .params(timestamp(now), timestamp(now), id)
                .update();
    }

    List<OutboxItem> recent(boolean pendingOnly, int limit) {
        return jdbc.sql("SELECT * FROM feedback_outbox" + (pendingOnly ? " WHERE delivered_at IS NULL" : "")
                        + " ORDER BY id DESC FETCH FIRST ? ROWS ONLY")
                .param(limit)
                .query(this::item)
                .list();
    }

    private OutboxItem item(ResultSet rs, int row) throws SQLException {
        return new OutboxItem(rs.getLong("id"), rs.getString("idempotency_key"),
                FeedbackKind.valueOf(rs.getString("kind")), rs.getString("case_number"), rs.getString("entry_id"),
                rs.getString("payload"), instant(rs, "created_at"), rs.getInt("attempts"),
                instant(rs, "last_attempt_at"), rs.getString("last_error"), instant(rs, "delivered_at"));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
