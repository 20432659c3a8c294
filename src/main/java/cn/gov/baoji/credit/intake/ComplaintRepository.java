package cn.gov.baoji.credit.intake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code intake_complaint}. */
@Repository
class ComplaintRepository {

    private final JdbcClient jdbc;

    ComplaintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Fails with DuplicateKeyException when the caller already used the idempotency key. */
    void insert(String caseNumber, Complaint c, String submittedBy, String idempotencyKey, String fingerprint,
                Instant receivedAt) {
        jdbc.sql("""
                INSERT INTO intake_complaint (case_number, submitted_by, idempotency_key, request_fingerprint,
                    external_reference, channel, reporter_name, reporter_phone, reporter_email, reporter_organization,
                    subject_type, subject_name, subject_credit_code, subject_id_number, subject_district_code,
                    subject_platform, subject_store_name, subject_store_url, category, description, occurred_from,
                    occurred_to, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNumber, submittedBy, idempotencyKey, fingerprint, c.externalReference(),
                        c.channel().name(), c.reporterName(), c.reporterPhone(), c.reporterEmail(),
                        c.reporterOrganization(), c.subjectType().name(), c.subjectName(), c.subjectCreditCode(),
                        c.subjectIdNumber(), c.subjectDistrictCode(), c.subjectPlatform(), c.subjectStoreName(),
                        c.subjectStoreUrl(), c.category().name(), c.description(), c.occurredFrom(),
                        c.occurredTo(), receivedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<PriorSubmission> findByKey(String submittedBy, String idempotencyKey) {
        return jdbc.sql("""
                SELECT case_number, request_fingerprint FROM intake_complaint
                WHERE submitted_by = ? AND idempotency_key = ?""")
                .params(submittedBy, idempotencyKey)
                .query((rs, row) -> new PriorSubmission(rs.getString(1), rs.getString(2)))
                .optional();
    }

    Optional<ReporterContact> reporterContact(String caseNumber) {
        return jdbc.sql("SELECT reporter_name, reporter_phone, reporter_email FROM intake_complaint"
                        + " WHERE case_number = ?")
                .param(caseNumber)
                .query((rs, row) -> new ReporterContact(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    Optional<ComplaintSubject> subject(String caseNumber) {
        return jdbc.sql("SELECT subject_type, subject_name, subject_credit_code, subject_id_number FROM intake_complaint"
                        + " WHERE case_number = ?")
                .param(caseNumber)
                .query((rs, row) -> new ComplaintSubject(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .optional();
    }

    /** Case numbers of complaints naming the subject by credit code or ID number, newest first. */
    List<String> caseNumbersAbout(String creditCode, String idNumber) {
        List<String> conditions = new java.util.ArrayList<>();
        List<Object> params = new java.util.ArrayList<>();
        if (creditCode != null) {
            conditions.add("subject_credit_code = ?");
            params.add(creditCode);
        }
        if (idNumber != null) {
            conditions.add("subject_id_number = ?");
            params.add(idNumber);
        }
        if (conditions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT case_number FROM intake_complaint WHERE " + String.join(" OR ", conditions)
                        + " ORDER BY received_at DESC, case_number DESC")
                .params(params)
                .query(String.class)
                .list();
    }

    record PriorSubmission(String caseNumber, String fingerprint) {
    }
}
