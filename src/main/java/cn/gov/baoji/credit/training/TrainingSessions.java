package cn.gov.baoji.credit.training;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the sessions and their invitations. */
@Repository
class TrainingSessions {

    private final JdbcClient jdbc;

    TrainingSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(String processInstanceId, Instant startsAt, String place, int capacity, String by, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO training_session (process_instance_id, starts_at, place, capacity, scheduled_by, scheduled_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(processInstanceId, utc(startsAt), place, capacity, by, utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void invite(long sessionId, long obligationId) {
        jdbc.sql("INSERT INTO training_invitation (session_id, obligation_id) VALUES (?, ?)")
                .params(sessionId, obligationId).update();
    }

    /** The obligations invited to a session, in the order they were offered. */
    List<Obligation> invitees(long sessionId) {
        return jdbc.sql("""
                SELECT o.* FROM training_invitation i JOIN training_obligation o ON o.id = i.obligation_id
                WHERE i.session_id = ? ORDER BY o.created_at, o.id""")
                .param(sessionId).query(TrainingObligations::obligation).list();
    }

    void attendance(long sessionId, long obligationId, boolean attended) {
        jdbc.sql("UPDATE training_invitation SET attended = ? WHERE session_id = ? AND obligation_id = ?")
                .params(attended, sessionId, obligationId).update();
    }

    void attendanceRecorded(long sessionId, String by, Instant now) {
        jdbc.sql("UPDATE training_session SET attendance_recorded_by = ?, attendance_recorded_at = ? WHERE id = ?")
                .params(by, utc(now), sessionId).update();
    }

    /** The invitees recorded absent from a session, with their obligations as they stand now. */
    List<Obligation> absentees(long sessionId) {
        return jdbc.sql("""
                SELECT o.* FROM training_invitation i JOIN training_obligation o ON o.id = i.obligation_id
                WHERE i.session_id = ? AND i.attended = FALSE ORDER BY o.created_at, o.id""")
                .param(sessionId).query(TrainingObligations::obligation).list();
    }

    Session find(long sessionId) {
        return jdbc.sql("SELECT id, starts_at, place FROM training_session WHERE id = ?").param(sessionId)
                .query((rs, row) -> new Session(rs.getLong("id"), rs.getObject("starts_at", OffsetDateTime.class)
                        .toInstant(), rs.getString("place"))).single();
    }

    Instant startsAt(long sessionId) {
        return jdbc.sql("SELECT starts_at FROM training_session WHERE id = ?").param(sessionId)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant()).single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    record Session(long id, Instant startsAt, String place) {
    }
}
