package cn.gov.baoji.credit.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gov.baoji.credit.shared.PageTotal;
import cn.gov.baoji.credit.shared.SearchJdbc;
import cn.gov.baoji.credit.shared.SubjectSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published copy of the lists ({@code publication_entry}): what the public pages and feeds show. */
@Repository
public class PublicListing {

    private final JdbcClient jdbc;
    private final JdbcClient search;

    PublicListing(JdbcClient jdbc, SearchJdbc search) {
        this.jdbc = jdbc;
        this.search = search.client();
    }

    /** Publishes or republishes an entry (a change replaces the published copy). */
    void publish(PublicEntry e, long batchId, Instant now) {
        int updated = jdbc.sql("""
                UPDATE publication_entry SET list_type = ?, subject_type = ?, subject_name = ?, id_number_masked = ?,
                    credit_code = ?, legal_representative = ?, county_code = ?, designating_authority = ?, basis = ?,
                    decision_date = ?, valid_from = ?, valid_until = ?, batch_id = ?, published_at = ?,
                    withdrawn_at = NULL, withdrawn_reason = NULL
                WHERE entry_id = ?""")
                .params(e.listType(), e.subjectType(), e.subjectName(), e.idNumberMasked(), e.creditCode(),
                        e.legalRepresentative(), e.countyCode(), e.designatingAuthority(), e.basis(), e.decisionDate(),
                        e.validFrom(), e.validUntil(), batchId, now.atOffset(ZoneOffset.UTC), e.entryId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO publication_entry (entry_id, list_type, subject_type, subject_name, id_number_masked,
                        credit_code, legal_representative, county_code, designating_authority, basis, decision_date,
                        valid_from, valid_until, batch_id, published_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(e.entryId(), e.listType(), e.subjectType(), e.subjectName(), e.idNumberMasked(),
                            e.creditCode(), e.legalRepresentative(), e.countyCode(), e.designatingAuthority(),
                            e.basis(), e.decisionDate(), e.validFrom(), e.validUntil(), batchId,
                            now.atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    /** Takes an entry off the public pages; false when it was not published (or already withdrawn). */
    boolean withdraw(String entryId, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE publication_entry SET withdrawn_at = ?, withdrawn_reason = ?
                WHERE entry_id = ? AND withdrawn_at IS NULL""")
                .params(now.atOffset(ZoneOffset.UTC), reason, entryId)
                .update() == 1;
    }

    public Optional<Published> find(String entryId) {
        return jdbc.sql("SELECT * FROM publication_entry WHERE entry_id = ? AND withdrawn_at IS NULL")
                .param(entryId).query(this::published).optional();
    }

    /** Published entries matching the search, newest decision first. */
    public Page search(String text, String listType, String countyCode, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE withdrawn_at IS NULL");
        List<Object> params = new ArrayList<>();
        if (listType != null) {
            where.append(" AND list_type = ?");
            params.add(listType);
        }
        if (countyCode != null) {
            where.append(" AND county_code = ?");
            params.add(countyCode);
        }
        SubjectSearch subject = SubjectSearch.of(text);
        if (subject != null) {
            where.append(subject.condition(List.of("credit_code"), "subject_name", params));
        }
        PageTotal total = PageTotal.of(search.sql(PageTotal.countSql("FROM publication_entry" + where)).params(params)
                .query(Long.class).single());
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add((long) page * size);
        pageParams.add(size);
        List<Published> entries = search.sql("SELECT * FROM publication_entry" + where
                        + " ORDER BY decision_date DESC, entry_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(pageParams).query(this::published).list();
        return new Page(entries, page, size, total.count(), total.exact());
    }

    /** The latest publications and withdrawals, newest first. */
    public List<Published> latestChanges(int limit) {
        return jdbc.sql("SELECT * FROM publication_entry ORDER BY COALESCE(withdrawn_at, published_at) DESC, entry_id"
                        + " FETCH FIRST ? ROWS ONLY")
                .param(limit).query(this::published).list();
    }

    private Published published(ResultSet rs, int row) throws SQLException {
        var withdrawn = rs.getObject("withdrawn_at", java.time.OffsetDateTime.class);
        return new Published(new PublicEntry(rs.getString("entry_id"), rs.getString("list_type"),
                rs.getString("subject_type"), rs.getString("subject_name"), rs.getString("id_number_masked"),
                rs.getString("credit_code"), rs.getString("legal_representative"), rs.getString("county_code"),
                rs.getString("designating_authority"), rs.getString("basis"),
                rs.getObject("decision_date", LocalDate.class), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class)),
                rs.getObject("published_at", java.time.OffsetDateTime.class).toInstant(),
                withdrawn == null ? null : withdrawn.toInstant(), rs.getString("withdrawn_reason"));
    }

    /** A published entry with when it was published, and withdrawn if it was. */
    public record Published(PublicEntry entry, Instant publishedAt, Instant withdrawnAt, String withdrawnReason) {

        public Instant changedAt() {
            return withdrawnAt != null ? withdrawnAt : publishedAt;
        }
    }

    /** One page; {@code total} is exact up to {@link PageTotal#CAP} ({@code totalExact} false beyond). */
    public record Page(List<Published> entries, int page, int size, long total, boolean totalExact) {

        public int pages() {
            return (int) ((total + size - 1) / size);
        }
    }
}
