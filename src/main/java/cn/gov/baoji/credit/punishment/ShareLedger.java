package cn.gov.baoji.credit.punishment;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The destinations each list entry was shared with: whoever must later hear of its correction or end. */
@Repository
class ShareLedger {

    private final JdbcClient jdbc;
    private final Clock clock;

    ShareLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records that the destination was told of the entry; a repeated share (a re-run job) changes nothing. */
    void shared(String entryId, String destination) {
        int known = jdbc.sql("SELECT count(*) FROM punishment_share WHERE entry_id = ? AND destination = ?")
                .params(entryId, destination).query(Integer.class).single();
        if (known == 0) {
            jdbc.sql("INSERT INTO punishment_share (entry_id, destination, shared_at) VALUES (?, ?, ?)")
                    .params(entryId, destination, clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    /** Destinations told of the entry, in the order they were told. */
    List<String> destinationsOf(String entryId) {
        return jdbc.sql("SELECT destination FROM punishment_share WHERE entry_id = ? ORDER BY shared_at, destination")
                .param(entryId).query(String.class).list();
    }
}
