package cn.gov.baoji.credit.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the training obligations: one per list entry. */
@Repository
class TrainingObligations {

    private final JdbcClient jdbc;

    TrainingObligations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the obligation of a newly listed entry; false when the entry already has one. */
    boolean record(String entryId, String caseNumber, String listType, String countyCode, Contact contact,
                   Instant now) {
        return jdbc.sql("""
                INSERT INTO training_obligation (entry_id, case_number, list_type, county_code, contact_phone,
                    contact_email, status, missed_sessions, created_at)
                SELECT ?, ?, ?, ?, ?, ?, 'OPEN', 0, ?
                WHERE NOT EXISTS (SELECT 1 FROM training_obligation WHERE entry_id = ?)""")
                .params(entryId, caseNumber, listType, countyCode, contact.phone(), contact.email(), utc(now), entryId)
                .update() == 1;
    }

    /** Closes an obligation not yet fulfilled; false when there was none open. */
    boolean waive(String entryId, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE training_obligation SET status = 'WAIVED', closed_at = ?, closed_reason = ?
                WHERE entry_id = ? AND status IN ('OPEN', 'INVITED')""")
                .params(utc(now), reason, entryId)
                .update() == 1;
    }

    Optional<Obligation> find(String entryId) {
        return jdbc.sql("SELECT * FROM training_obligation WHERE entry_id = ?").param(entryId)
                .query(TrainingObligations::obligation).optional();
    }

    /** Obligations in a status, oldest first (the order in which subjects are offered a session). */
    List<Obligation> inStatus(TrainingStatus status, int limit) {
        return jdbc.sql("SELECT * FROM training_obligation WHERE status = ? ORDER BY created_at, id FETCH FIRST ? ROWS ONLY")
                .params(status.name(), limit)
                .query(TrainingObligations::obligation).list();
    }

    long count(TrainingStatus status) {
        return jdbc.sql("SELECT count(*) FROM training_obligation WHERE status = ?").param(status.name())
                .query(Long.class).single();
    }

    /** Marks an awaiting obligation invited; false when it is no longer awaiting (waived, or invited elsewhere). */
    boolean invite(long id) {
        return jdbc.sql("UPDATE training_obligation SET status = 'INVITED' WHERE id = ? AND status = 'OPEN'")
                .param(id).update() == 1;
    }

    /** Fulfilled: the subject attended the session that started at {@code sessionStart}. */
    boolean attended(long id, Instant sessionStart, Instant now) {
        return jdbc.sql("""
                UPDATE training_obligation SET status = 'ATTENDED', attended_at = ?, closed_at = ?
                WHERE id = ? AND status = 'INVITED'""")
                .params(utc(sessionStart), utc(now), id).update() == 1;
    }

    /** Missed a session: back to the pool for the next one, one more miss counted. */
    boolean missed(long id) {
        return jdbc.sql("""
                UPDATE training_obligation SET status = 'OPEN', missed_sessions = missed_sessions + 1
                WHERE id = ? AND status = 'INVITED'""")
                .param(id).update() == 1;
    }

    static Obligation obligation(ResultSet rs, int row) throws SQLException {
        return new Obligation(rs.getLong("id"), rs.getString("entry_id"), rs.getString("case_number"),
                rs.getString("list_type"), rs.getString("county_code"), rs.getString("contact_phone"),
                rs.getString("contact_email"), TrainingStatus.valueOf(rs.getString("status")),
                rs.getInt("missed_sessions"), instant(rs, "created_at"), instant(rs, "attended_at"),
                instant(rs, "closed_at"), rs.getString("closed_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Where the subject is invited; either may be null. */
    record Contact(String phone, String email) {
        static final Contact NONE = new Contact(null, null);
    }
}
