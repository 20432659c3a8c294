package cn.gov.baoji.credit.publication;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for batches, their items and the exposure records. */
@Repository
class PublicationBatches {

    private final JdbcClient jdbc;

    PublicationBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where the last batch stopped collecting: the next one starts there (null before the first batch). */
    Optional<Instant> lastCollectedUntil() {
        return jdbc.sql("SELECT max(changes_until) FROM publication_batch")
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    long create(String processInstanceId, Instant since, Instant until, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO publication_batch (process_instance_id, changes_since, changes_until, collected_at, status)
                VALUES (?, ?, ?, ?, 'COLLECTED')""")
                .params(processInstanceId, since == null ? null : since.atOffset(ZoneOffset.UTC),
                        until.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void addItem(long batchId, String entryId, Action action) {
        jdbc.sql("INSERT INTO publication_batch_item (batch_id, entry_id, action, held_back) VALUES (?, ?, ?, FALSE)")
                .params(batchId, entryId, action.name())
                .update();
    }

    List<Item> items(long batchId) {
        return jdbc.sql("SELECT * FROM publication_batch_item WHERE batch_id = ? ORDER BY entry_id")
                .param(batchId)
                .query((rs, row) -> new Item(rs.getString("entry_id"), Action.valueOf(rs.getString("action")),
                        rs.getBoolean("held_back"), rs.getString("held_reason")))
                .list();
    }

    /**
     * Entries held back in an earlier batch and neither published nor offered again since: the next batch
     * offers them again, or they would wait for their next change.
     */
    List<String> stillHeldBack() {
        return jdbc.sql("""
                SELECT DISTINCT i.entry_id FROM publication_batch_item i
                WHERE i.held_back = TRUE
                  AND NOT EXISTS (SELECT 1 FROM publication_entry p WHERE p.entry_id = i.entry_id)
                  AND NOT EXISTS (SELECT 1 FROM publication_batch_item j
                                  WHERE j.entry_id = i.entry_id AND j.batch_id > i.batch_id)
                ORDER BY i.entry_id""")
                .query(String.class)
                .list();
    }

    void holdBack(long batchId, String entryId, String reason) {
        jdbc.sql("UPDATE publication_batch_item SET held_back = TRUE, held_reason = ? WHERE batch_id = ? AND entry_id = ?")
                .params(reason, batchId, entryId)
                .update();
    }

    void approved(long batchId, String by, Instant now) {
        jdbc.sql("UPDATE publication_batch SET status = 'APPROVED', approved_by = ?, approved_at = ? WHERE id = ?")
                .params(by, now.atOffset(ZoneOffset.UTC), batchId)
                .update();
    }

    void published(long batchId, Instant now) {
        jdbc.sql("UPDATE publication_batch SET status = 'PUBLISHED', published_at = ? WHERE id = ?")
                .params(now.atOffset(ZoneOffset.UTC), batchId)
                .update();
    }

    void recordExposure(long batchId, String outlet, java.time.LocalDate on, String link, String by, Instant now) {
        jdbc.sql("""
                INSERT INTO publication_exposure (batch_id, outlet, exposed_on, link, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(batchId, outlet, on, link, by, now.atOffset(ZoneOffset.UTC))
                .update();
    }

    enum Action { PUBLISH, WITHDRAW }

    record Item(String entryId, Action action, boolean heldBack, String heldReason) {
    }
}
