package cn.gov.baoji.credit.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files of a case, kept in the database with the case so that they commit or roll back together.
 * The same file (same SHA-256) added twice to a case is stored once.
 */
@Component
public class EvidenceStore {

    private final JdbcClient jdbc;
    private final CaseFile caseFile;
    private final Clock clock;

    EvidenceStore(JdbcClient jdbc, CaseFile caseFile, Clock clock) {
        this.jdbc = jdbc;
        this.caseFile = caseFile;
        this.clock = clock;
    }

    /**
     * Adds the file to the case unless the case already has it (same SHA-256), in the caller's transaction when
     * there is one; returns the stored evidence either way.
     *
     * @throws IllegalArgumentException when the file has {@link EvidenceFile#problems}: check a batch first
     */
    @Transactional
    public EvidenceResponse add(String caseNumber, EvidenceFile file, String uploadedBy) {
        if (!EvidenceFile.problems(List.of(file)).isEmpty()) {
            throw new IllegalArgumentException("Evidence " + file.name() + " was not checked");
        }
        String sha256 = file.sha256();
        Optional<EvidenceResponse> existing = find(caseNumber, sha256);
        if (existing.isPresent()) {
            return existing.get();
        }
        EvidenceType type = EvidenceType.sniff(file.content()).orElseThrow();
        try {
            insert(caseNumber, file, type, sha256, uploadedBy);
        } catch (DuplicateKeyException concurrentUpload) {
            return find(caseNumber, sha256).orElseThrow();
        }
        caseFile.record(caseNumber, CaseEventKind.EVIDENCE_ADDED, uploadedBy, "证据材料 / evidence: " + file.name(),
                Map.of("sha256", sha256, "mediaType", type.mediaType(), "sizeBytes", file.content().length));
        return find(caseNumber, sha256).orElseThrow();
    }

    private void insert(String caseNumber, EvidenceFile file, EvidenceType type, String sha256, String uploadedBy) {
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO casefile_evidence (case_number, file_name, media_type, size_bytes, sha256, content,
                    uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNumber, file.name(), type.mediaType(), file.content().length, sha256, file.content(),
                        uploadedBy, CaseFileRepository.timestamp(now))
                .update();
    }

    @Transactional(readOnly = true)
    List<EvidenceResponse> list(String caseNumber) {
        return jdbc.sql(SELECT + " WHERE case_number = ? ORDER BY id").param(caseNumber)
                .query(this::row).list();
    }

    private Optional<EvidenceResponse> find(String caseNumber, String sha256) {
        return jdbc.sql(SELECT + " WHERE case_number = ? AND sha256 = ?").params(caseNumber, sha256)
                .query(this::row).optional();
    }

    private static final String SELECT = "SELECT id, file_name, media_type, size_bytes, sha256, uploaded_by,"
            + " uploaded_at FROM casefile_evidence";

    private EvidenceResponse row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new EvidenceResponse(rs.getLong("id"), rs.getString("file_name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                CaseFileRepository.instant(rs, "uploaded_at"));
    }

}
