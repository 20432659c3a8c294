package cn.gov.baoji.credit.alliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import cn.gov.baoji.credit.intake.SubjectType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code alliance_report} and {@code alliance_subject}. */
@Repository
class ReportRepository {

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Fails with DuplicateKeyException when the subject row exists already (another report made it). */
    void insertSubject(Report r, Instant now) {
        jdbc.sql("INSERT INTO alliance_subject (subject_key, subject_type, status, first_reported_at)"
                        + " VALUES (?, ?, 'WAITING', ?)")
                .params(r.subjectKey(), r.subjectType().name(), now.atOffset(ZoneOffset.UTC)).update();
    }

    /** The subject row, locked until the transaction ends: reports on one subject are processed one at a time. */
    Optional<Subject> lockSubject(String subjectKey) {
        return jdbc.sql("SELECT subject_key, status, case_number FROM alliance_subject WHERE subject_key = ?"
                        + " FOR UPDATE")
                .param(subjectKey)
                .query((rs, row) -> new Subject(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    void verifySubject(String subjectKey, String caseNumber, Instant now) {
        jdbc.sql("UPDATE alliance_subject SET status = 'VERIFIED', case_number = ?, verified_at = ?"
                        + " WHERE subject_key = ? AND case_number IS NULL")
                .params(caseNumber, now.atOffset(ZoneOffset.UTC), subjectKey).update();
    }

    void insert(String id, String memberId, Report r, Instant now) {
        jdbc.sql("""
                INSERT INTO alliance_report (id, member_id, reference_id, fingerprint, subject_key, subject_type,
                    subject_name, credit_code, id_number, platform, shop_url, order_count, fake_review_count,
                    shared_addresses, linked_accounts, note, period_from, period_to, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, memberId, r.referenceId(), r.fingerprint(), r.subjectKey(), r.subjectType().name(),
                        r.subjectName(), r.creditCode(), r.idNumber(), r.platform(), r.shopUrl(), r.orderCount(),
                        r.fakeReviewCount(), r.sharedAddresses(), r.linkedAccounts(), r.note(), r.periodFrom(),
                        r.periodTo(), now.atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<Prior> findByReference(String memberId, String referenceId) {
        return jdbc.sql("SELECT id, fingerprint, subject_key, case_number FROM alliance_report"
                        + " WHERE member_id = ? AND reference_id = ?")
                .params(memberId, referenceId)
                .query((rs, row) -> new Prior(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    Set<String> reportingMembers(String subjectKey) {
        return new TreeSet<>(jdbc.sql("SELECT DISTINCT member_id FROM alliance_report WHERE subject_key = ?")
                .param(subjectKey).query(String.class).list());
    }

    /** Reports of the subject not yet attached to a case, oldest first. */
    List<StoredReport> unattached(String subjectKey) {
        return jdbc.sql(SELECT + " WHERE subject_key = ? AND case_number IS NULL ORDER BY received_at, id")
                .param(subjectKey).query(this::row).list();
    }

    void attach(String reportId, String caseNumber) {
        jdbc.sql("UPDATE alliance_report SET case_number = ? WHERE id = ?").params(caseNumber, reportId).update();
    }

    /** A page of reports, newest first; {@code memberId} null for every member, {@code waiting} null for both. */
    List<StoredReport> page(String memberId, Boolean waiting, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(memberId, waiting, params);
        params.add((long) page * size);
        params.add(size);
        return jdbc.sql(SELECT + where + " ORDER BY received_at DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(params).query(this::row).list();
    }

    long count(String memberId, Boolean waiting) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("SELECT count(*) FROM alliance_report" + where(memberId, waiting, params)).params(params)
                .query(Long.class).single();
    }

    private static String where(String memberId, Boolean waiting, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (memberId != null) {
            conditions.add("member_id = ?");
            params.add(memberId);
        }
        if (waiting != null) {
            conditions.add(waiting ? "case_number IS NULL" : "case_number IS NOT NULL");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static final String SELECT = "SELECT * FROM alliance_report";

    private StoredReport row(ResultSet rs, int row) throws SQLException {
        Report report = new Report(rs.getString("reference_id"), rs.getString("fingerprint"),
                SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_name"),
                rs.getString("credit_code"), rs.getString("id_number"), rs.getString("platform"),
                rs.getString("shop_url"), (Long) rs.getObject("order_count", Long.class),
                rs.getObject("fake_review_count", Long.class), rs.getObject("shared_addresses", Integer.class),
                rs.getObject("linked_accounts", Integer.class), rs.getString("note"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class));
        return new StoredReport(rs.getString("id"), rs.getString("member_id"), report,
                MemberRepository.instant(rs, "received_at"), rs.getString("case_number"));
    }

    /** The alliance's record of a reported subject. */
    record Subject(String subjectKey, String status, String caseNumber) {
    }

    /** What an earlier report with the same reference was. */
    record Prior(String reportId, String fingerprint, String subjectKey, String caseNumber) {
    }

    /** A stored report with its member and, once verified, its case. */
    record StoredReport(String id, String memberId, Report report, Instant receivedAt, String caseNumber) {
    }
}
