package cn.gov.baoji.credit.repair;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import cn.gov.baoji.credit.casefile.EvidenceFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The applications and their evidence. The applicant's contact stays here, never in the process. */
@Repository
class RepairApplications {

    private final JdbcClient jdbc;

    RepairApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new OPEN application; a second open one for the entry violates {@code repair_one_open_application}. */
    void insert(RepairApplication a) {
        jdbc.sql("""
                INSERT INTO repair_application (id, entry_id, status, open_key, channel, applicant_name, contact_phone,
                    contact_email, commitment, penalties_fulfilled, training_attended, submitted_by, submitted_at)
                VALUES (?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.entryId(), a.entryId(), a.channel().name(), a.applicantName(), a.contactPhone(),
                        a.contactEmail(), a.commitment(), a.penaltiesFulfilled(), a.trainingAttended(),
                        a.submittedBy(), a.submittedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    void addEvidence(String applicationId, EvidenceFile file, String mediaType) {
        String sha256 = file.sha256();
        int known = jdbc.sql("SELECT count(*) FROM repair_evidence WHERE application_id = ? AND sha256 = ?")
                .params(applicationId, sha256).query(Integer.class).single();
        if (known == 0) {
            jdbc.sql("""
                    INSERT INTO repair_evidence (application_id, file_name, media_type, size_bytes, sha256, content)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(applicationId, file.name(), mediaType, file.content().length, sha256,
                            file.content())
                    .update();
        }
    }

    List<RepairApplication.Evidence> evidenceOf(String applicationId) {
        return jdbc.sql("SELECT file_name, media_type, size_bytes, sha256 FROM repair_evidence WHERE application_id = ?"
                        + " ORDER BY id")
                .param(applicationId)
                .query((rs, row) -> new RepairApplication.Evidence(rs.getString("file_name"),
                        rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256")))
                .list();
    }

    /** Records the decision of an OPEN application, which frees the entry for a later one; false if not open. */
    boolean decide(String id, RepairOutcome outcome, String decidedBy, Instant decidedAt, String reasons) {
        return jdbc.sql("""
                UPDATE repair_application SET status = ?, open_key = NULL, decided_by = ?, decided_at = ?,
                    decision_reasons = ?
                WHERE id = ? AND status = 'OPEN'""")
                .params(outcome.name(), decidedBy, decidedAt.atOffset(ZoneOffset.UTC), reasons, id)
                .update() == 1;
    }

    Optional<RepairApplication> find(String id) {
        return jdbc.sql("SELECT * FROM repair_application WHERE id = ?").param(id)
                .query((rs, row) -> new RepairApplication(rs.getString("id"), rs.getString("entry_id"),
                        RepairApplication.Status.valueOf(rs.getString("status")),
                        RepairApplication.Channel.valueOf(rs.getString("channel")), rs.getString("applicant_name"),
                        rs.getString("contact_phone"), rs.getString("contact_email"), rs.getString("commitment"),
                        rs.getString("penalties_fulfilled"), rs.getBoolean("training_attended"),
                        rs.getString("submitted_by"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                        rs.getString("decided_by"), instant(rs.getObject("decided_at", OffsetDateTime.class)),
                        rs.getString("decision_reasons")))
                .optional();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

}
