package cn.gov.baoji.credit.alliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code alliance_member}. */
@Repository
class MemberRepository {

    private final JdbcClient jdbc;

    MemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Fails with DuplicateKeyException when the id, credit code or user is taken. */
    void insert(AllianceMember m, String registeredBy) {
        jdbc.sql("""
                INSERT INTO alliance_member (member_id, name, kind, credit_code, contact_email, contact_phone, status,
                    user_id, registered_by, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.memberId(), m.name(), m.kind().name(), m.creditCode(), m.contactEmail(), m.contactPhone(),
                        m.status(), m.userId(), registeredBy, m.registeredAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<AllianceMember> find(String memberId) {
        return jdbc.sql("SELECT * FROM alliance_member WHERE member_id = ?").param(memberId).query(this::row)
                .optional();
    }

    boolean creditCodeTaken(String creditCode) {
        return jdbc.sql("SELECT count(*) FROM alliance_member WHERE credit_code = ?").param(creditCode)
                .query(Long.class).single() > 0;
    }

    List<AllianceMember> all() {
        return jdbc.sql("SELECT * FROM alliance_member ORDER BY registered_at, member_id").query(this::row).list();
    }

    private AllianceMember row(ResultSet rs, int row) throws SQLException {
        return new AllianceMember(rs.getString("member_id"), rs.getString("name"),
                MemberKind.valueOf(rs.getString("kind")), rs.getString("credit_code"), rs.getString("contact_email"),
                rs.getString("contact_phone"), rs.getString("status"), rs.getString("user_id"),
                instant(rs, "registered_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
