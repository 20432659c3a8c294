package cn.gov.baoji.credit.alliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import cn.gov.baoji.credit.intake.SubjectType;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListedSubject;
import cn.gov.baoji.credit.shared.PersonNames;
import cn.gov.baoji.credit.shared.ResidentIdNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the alliance shares with its members, written masked in the transaction of what it reports, just before
 * that commits. Each item takes the next sequence under the row lock of {@code alliance_feed_head}, so sequences
 * commit in the order they were taken and a reader resuming after the last sequence it saw never skips an item
 * committed later.
 */
@Component
class AllianceFeed {

    private final JdbcClient jdbc;
    private final Clock clock;

    AllianceFeed(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void subjectVerified(Report r, int reportingMembers) {
        boolean person = r.subjectType() == SubjectType.NATURAL_PERSON;
        append(FeedItem.SUBJECT_VERIFIED, r.subjectType().name(),
                person ? PersonNames.mask(r.subjectName()) : r.subjectName(), person ? null : r.creditCode(),
                r.idNumber() == null ? null : ResidentIdNumber.mask(r.idNumber()), null, null, null, null,
                reportingMembers);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void listEntryChanged(ListEntry e) {
        ListedSubject s = e.subject();
        boolean person = SubjectType.NATURAL_PERSON.name().equals(s.type());
        append(FeedItem.LIST_ENTRY, s.type(), person ? PersonNames.mask(s.name()) : s.name(),
                person ? null : s.creditCode(), s.maskedIdNumber(), e.listType(), e.status().name(), e.validFrom(),
                e.validUntil(), null);
    }

    /** Items after the sequence, oldest first; one more than {@code size} is read to tell whether more follow. */
    @Transactional(readOnly = true)
    List<FeedItem> after(long sequence, int limit) {
        return jdbc.sql("SELECT * FROM alliance_feed WHERE sequence > ? ORDER BY sequence FETCH FIRST ? ROWS ONLY")
                .params(sequence, limit)
                .query((rs, row) -> new FeedItem(rs.getLong("sequence"), rs.getString("kind"),
                        MemberRepository.instant(rs, "occurred_at"), rs.getString("subject_type"),
                        rs.getString("subject_name"), rs.getString("credit_code"), rs.getString("id_number_masked"),
                        rs.getString("list_type"), rs.getString("entry_status"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                        (Integer) rs.getObject("reporting_members", Integer.class)))
                .list();
    }

    private void append(String kind, String subjectType, String name, String creditCode, String idNumberMasked,
                        String listType, String entryStatus, LocalDate validFrom, LocalDate validUntil,
                        Integer reportingMembers) {
        Pending item = new Pending(kind, clock.instant(), subjectType, name, creditCode, idNumberMasked, listType,
                entryStatus, validFrom, validUntil, reportingMembers);
        pendingOfThisTransaction().add(item);
    }

    /**
     * Items wait for the end of their transaction: the head's lock is then the last lock the transaction takes
     * and is held only while it commits, so no transaction holding it ever waits for another's row.
     */
    @SuppressWarnings("unchecked")
    private List<Pending> pendingOfThisTransaction() {
        List<Pending> pending = (List<Pending>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<Pending> items = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, items);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    items.forEach(AllianceFeed.this::insert);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AllianceFeed.this);
                }
            });
            pending = items;
        }
        return pending;
    }

    private void insert(Pending p) {
        jdbc.sql("UPDATE alliance_feed_head SET last_sequence = last_sequence + 1 WHERE id = 1").update();
        long sequence = jdbc.sql("SELECT last_sequence FROM alliance_feed_head WHERE id = 1").query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO alliance_feed (sequence, kind, occurred_at, subject_type, subject_name, credit_code,
                    id_number_masked, list_type, entry_status, valid_from, valid_until, reporting_members)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sequence, p.kind(), p.occurredAt().atOffset(ZoneOffset.UTC), p.subjectType(), p.name(),
                        p.creditCode(), p.idNumberMasked(), p.listType(), p.entryStatus(), p.validFrom(),
                        p.validUntil(), p.reportingMembers())
                .update();
    }

    private record Pending(String kind, Instant occurredAt, String subjectType, String name, String creditCode,
                           String idNumberMasked, String listType, String entryStatus, LocalDate validFrom,
                           LocalDate validUntil, Integer reportingMembers) {
    }
}
