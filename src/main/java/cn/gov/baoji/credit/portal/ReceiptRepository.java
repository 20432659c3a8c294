package cn.gov.baoji.credit.portal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code portal_receipt}; nothing outside this module touches it. */
@Repository
class ReceiptRepository {

    private final JdbcClient jdbc;

    ReceiptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the hash of the case's query code, replacing an earlier one. */
    void save(String caseNumber, String codeHash, Instant createdAt) {
        int updated = jdbc.sql("UPDATE portal_receipt SET code_hash = ?, created_at = ? WHERE case_number = ?")
                .params(codeHash, createdAt.atOffset(ZoneOffset.UTC), caseNumber)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO portal_receipt (case_number, code_hash, created_at) VALUES (?, ?, ?)")
                    .params(caseNumber, codeHash, createdAt.atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    Optional<String> codeHash(String caseNumber) {
        return jdbc.sql("SELECT code_hash FROM portal_receipt WHERE case_number = ?")
                .param(caseNumber)
                .query(String.class)
                .optional();
    }
}
