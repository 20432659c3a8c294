package cn.gov.baoji.credit.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.baoji.credit.shared.PageTotal;
import cn.gov.baoji.credit.shared.SearchJdbc;
import cn.gov.baoji.credit.shared.SubjectSearch;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the registry's tables; nothing outside this module touches them. */
@Repository
class ListEntryRepository {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() { };
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "decisionDate", "decision_date", "validUntil", "valid_until", "subjectName", "subject_name");

    private final JdbcClient jdbc;
    private final JdbcClient search;
    private final ObjectMapper json;

    ListEntryRepository(JdbcClient jdbc, SearchJdbc search, ObjectMapper json) {
        this.jdbc = jdbc;
        this.search = search.client();
        this.json = json;
    }

    void insert(ListEntry e) {
        jdbc.sql("""
                INSERT INTO registry_list_entry (id, list_type, status, source, subject_type, subject_name, credit_code,
                    id_number, legal_representative, county_code, designating_authority, basis, decision_date,
                    valid_from, valid_until, repair_eligible_from, rule_version, case_number, origin_entry_id,
                    listed_key, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.listType(), e.status().name(), e.source().name(), e.subject().type(),
                        e.subject().name(), e.subject().creditCode(), e.subject().idNumber(),
                        e.subject().legalRepresentative(), e.countyCode(), e.designatingAuthority(), e.basis(),
                        e.decisionDate(), e.validFrom(), e.validUntil(), e.repairEligibleFrom(), e.ruleVersion(),
                        e.caseNumber(), e.originEntryId(), listedKey(e), e.version(), timestamp(e.createdAt()),
                        timestamp(e.updatedAt()))
                .update();
    }

    /** Writes the entry's new state if nobody changed it since it was read; false when somebody did. */
    boolean update(ListEntry e, Instant now) {
        return jdbc.sql("""
                UPDATE registry_list_entry SET list_type = ?, status = ?, legal_representative = ?, basis = ?,
                    valid_until = ?, repair_eligible_from = ?, listed_key = ?, version = version + 1, updated_at = ?
                WHERE id = ? AND version = ?""")
                .params(e.listType(), e.status().name(), e.subject().legalRepresentative(), e.basis(),
                        e.validUntil(), e.repairEligibleFrom(), listedKey(e), timestamp(now), e.id(), e.version())
                .update() == 1;
    }

    Optional<ListEntry> find(String id) {
        return jdbc.sql("SELECT * FROM registry_list_entry WHERE id = ?").param(id).query(this::entry).optional();
    }

    Optional<ListEntry> findListed(String subjectKey, String listType) {
        return jdbc.sql("SELECT * FROM registry_list_entry WHERE listed_key = ?")
                .param(subjectKey + ":" + listType)
                .query(this::entry)
                .optional();
    }

    /** The newest entry imported from an origin entry, whatever its status. */
    Optional<ListEntry> findByOrigin(EntrySource source, String originEntryId) {
        return jdbc.sql("""
                SELECT * FROM registry_list_entry WHERE source = ? AND origin_entry_id = ?
                ORDER BY created_at DESC, id FETCH FIRST 1 ROWS ONLY""")
                .params(source.name(), originEntryId)
                .query(this::entry)
                .optional();
    }

    /** Writes what an origin may change of an imported entry, with the same version check as {@link #update}. */
    boolean updateFromOrigin(ListEntry e, Instant now) {
        return jdbc.sql("""
                UPDATE registry_list_entry SET list_type = ?, subject_name = ?, legal_representative = ?,
                    county_code = ?, designating_authority = ?, basis = ?, decision_date = ?, valid_from = ?,
                    valid_until = ?, repair_eligible_from = ?, listed_key = ?, version = version + 1, updated_at = ?
                WHERE id = ? AND version = ?""")
                .params(e.listType(), e.subject().name(), e.subject().legalRepresentative(), e.countyCode(),
                        e.designatingAuthority(), e.basis(), e.decisionDate(), e.validFrom(), e.validUntil(),
                        e.repairEligibleFrom(), listedKey(e), timestamp(now), e.id(), e.version())
                .update() == 1;
    }

    List<ListEntry> findByCase(String caseNumber) {
        return jdbc.sql("SELECT * FROM registry_list_entry WHERE case_number = ? ORDER BY created_at DESC")
                .param(caseNumber)
                .query(this::entry)
                .list();
    }

    /** Ids of listed entries whose last valid day is before {@code today}. */
    List<String> dueForExpiry(LocalDate today, int limit) {
        return jdbc.sql("""
                SELECT id FROM registry_list_entry
                WHERE valid_until < ? AND status IN ('ACTIVE', 'DISPUTED')
                ORDER BY valid_until
                FETCH FIRST ? ROWS ONLY""")
                .params(today, limit)
                .query(String.class)
                .list();
    }

    void insertChange(String entryId, EntryChange change) {
        jdbc.sql("""
                INSERT INTO registry_entry_history (entry_id, occurred_at, change_kind, status_after, actor, reason, details)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(entryId, timestamp(change.occurredAt()), change.kind().name(), change.statusAfter().name(),
                        change.actor(), change.reason(), toJson(change.details()))
                .update();
    }

    List<EntryChange> history(String entryId) {
        return jdbc.sql("SELECT * FROM registry_entry_history WHERE entry_id = ? ORDER BY occurred_at, id")
                .param(entryId)
                .query((rs, row) -> new EntryChange(instant(rs, "occurred_at"),
                        ChangeKind.valueOf(rs.getString("change_kind")), EntryStatus.valueOf(rs.getString("status_after")),
                        rs.getString("actor"), rs.getString("reason"), fromJson(rs.getString("details"))))
                .list();
    }

    EntryPage search(EntryQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (query.listType() != null) {
            where.append(" AND list_type = ?");
            params.add(query.listType());
        }
        if (query.status() != null) {
            where.append(" AND status = ?");
            params.add(query.status().name());
        }
        if (query.countyCode() != null) {
            where.append(" AND county_code = ?");
            params.add(query.countyCode());
        }
        SubjectSearch subject = SubjectSearch.of(query.subject());
        if (subject != null) {
            where.append(subject.condition(List.of("credit_code", "id_number"), "subject_name", params));
        }
        PageTotal total = PageTotal.of(search.sql(PageTotal.countSql("FROM registry_list_entry" + where)).params(params)
                .query(Long.class).single());
        String sort = query.sort() == null ? "-decisionDate" : query.sort();
        boolean descending = sort.startsWith("-");
        String column = SORT_COLUMNS.get(descending ? sort.substring(1) : sort);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add((long) query.page() * query.size());
        pageParams.add(query.size());
        List<ListEntry> entries = search.sql("SELECT * FROM registry_list_entry" + where
                        + " ORDER BY " + column + (descending ? " DESC" : " ASC") + ", id"
                        + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(pageParams)
                .query(this::entry)
                .list();
        return new EntryPage(entries, query.page(), query.size(), total.count(), total.exact());
    }

    List<ListEntry> changedBetween(Instant from, Instant to) {
        return jdbc.sql("SELECT * FROM registry_list_entry WHERE updated_at <= ?"
                        + (from == null ? "" : " AND updated_at > ?") + " ORDER BY updated_at, id")
                .params(from == null ? List.of(timestamp(to)) : List.of(timestamp(to), timestamp(from)))
                .query(this::entry)
                .list();
    }

    /** Entries decided in [from, to], counted by list type and county. */
    List<ListingCount> countListings(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT list_type, county_code, count(*) AS n FROM registry_list_entry
                WHERE decision_date BETWEEN ? AND ?
                GROUP BY list_type, county_code ORDER BY list_type, county_code""")
                .params(from, to)
                .query((rs, row) -> new ListingCount(rs.getString("list_type"), rs.getString("county_code"),
                        rs.getLong("n")))
                .list();
    }

    private ListEntry entry(ResultSet rs, int row) throws SQLException {
        return new ListEntry(rs.getString("id"), rs.getString("list_type"), EntryStatus.valueOf(rs.getString("status")),
                EntrySource.valueOf(rs.getString("source")),
                new ListedSubject(rs.getString("subject_type"), rs.getString("subject_name"),
                        rs.getString("credit_code"), rs.getString("id_number"), rs.getString("legal_representative")),
                rs.getString("county_code"), rs.getString("designating_authority"), rs.getString("basis"),
                rs.getObject("decision_date", LocalDate.class), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class), rs.getObject("repair_eligible_from", LocalDate.class),
                rs.getString("rule_version"), rs.getString("case_number"), rs.getString("origin_entry_id"),
                rs.getInt("version"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static String listedKey(ListEntry e) {
        return e.status().listed() ? e.subject().key() + ":" + e.listType() : null;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private String toJson(Map<String, Object> details) {
        try {
            return details == null || details.isEmpty() ? null : json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("History details must be plain values", e);
        }
    }

    private Map<String, Object> fromJson(String details) {
        try {
            return details == null ? Map.of() : json.readValue(details, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored history details are not JSON", e);
        }
    }
}
