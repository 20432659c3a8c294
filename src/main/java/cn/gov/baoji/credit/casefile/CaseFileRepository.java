package cn.gov.baoji.credit.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.baoji.credit.shared.PageTotal;
import cn.gov.baoji.credit.shared.SearchJdbc;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the case file's own tables; nothing outside this module touches them. */
@Repository
class CaseFileRepository {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JdbcClient search;
    private final ObjectMapper json;

    CaseFileRepository(JdbcClient jdbc, SearchJdbc search, ObjectMapper json) {
        this.jdbc = jdbc;
        this.search = search.client();
        this.json = json;
    }

    long nextSequence() {
        return jdbc.sql("SELECT nextval('casefile_case_number_seq')").query(Long.class).single();
    }

    void insert(NewCase c, CaseStage stage, Instant now) {
        jdbc.sql("""
                INSERT INTO casefile_case (case_number, stage, channel, category, subject_type, subject_name,
                    credit_code, district_code, submitted_by, received_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.caseNumber(), stage.name(), c.channel(), c.category(), c.subjectType(), c.subjectName(),
                        c.creditCode(), c.districtCode(), c.submittedBy(), timestamp(now), timestamp(now))
                .update();
    }

    int update(String caseNumber, String column, Object value, Instant now) {
        // column names come from this class only, never from input
        return jdbc.sql("UPDATE casefile_case SET " + column + " = ?, updated_at = ? WHERE case_number = ?")
                .params(value, timestamp(now), caseNumber)
                .update();
    }

    Optional<CaseSummary> find(String caseNumber) {
        return jdbc.sql("SELECT * FROM casefile_case WHERE case_number = ?")
                .param(caseNumber)
                .query(this::summary)
                .optional();
    }

    /** One page of the cases {@code visibility} allows that match {@code query}, with their (capped) total. */
    CasePage search(CaseQuery query, CaseVisibility visibility) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!visibility.everything()) {
            List<String> any = new ArrayList<>();
            if (!visibility.countyCodes().isEmpty()) {
                any.add("county_code IN (" + placeholders(visibility.countyCodes().size()) + ")");
                params.addAll(visibility.countyCodes());
            }
            if (!visibility.stages().isEmpty()) {
                any.add("stage IN (" + placeholders(visibility.stages().size()) + ")");
                visibility.stages().forEach(stage -> params.add(stage.name()));
            }
            // Most county staff never submit a case: without that arm a county's page and count are ranges of one
            // index; an OR of arms is a scan with a filter (docs/performance.md).
            if (any.isEmpty() || submittedAny(visibility.submittedBy())) {
                any.add("submitted_by = ?");
                params.add(visibility.submittedBy());
            }
            where.append(" AND (").append(String.join(" OR ", any)).append(")");
        }
        if (!query.stages().isEmpty()) {
            where.append(" AND stage IN (").append(placeholders(query.stages().size())).append(")");
            query.stages().forEach(stage -> params.add(stage.name()));
        }
        equal(where, params, "county_code", query.countyCode());
        equal(where, params, "channel", query.channel());
        equal(where, params, "list_type", query.listType());
        if (query.subject() != null) {
            where.append(query.subject().condition(List.of("credit_code"), "subject_name", params));
        }
        if (query.receivedFrom() != null) {
            where.append(" AND received_at >= ?");
            params.add(timestamp(query.receivedFrom()));
        }
        if (query.receivedBefore() != null) {
            where.append(" AND received_at < ?");
            params.add(timestamp(query.receivedBefore()));
        }
        PageTotal total = PageTotal.of(search.sql(PageTotal.countSql("FROM casefile_case" + where)).params(params)
                .query(Long.class).single());
        String direction = query.oldestFirst() ? " ASC" : " DESC";
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add((long) query.page() * query.size());
        pageParams.add(query.size());
        List<CaseSummary> cases = search.sql("SELECT * FROM casefile_case" + where
                        + " ORDER BY received_at" + direction + ", case_number" + direction
                        + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(pageParams)
                .query(this::summary)
                .list();
        return new CasePage(cases, query.page(), query.size(), total.count(), total.exact());
    }

    private boolean submittedAny(String userId) {
        // planned with its value: a generic plan read all 1,000,000 cases for a user who submitted none
        return search.sql("SELECT 1 FROM casefile_case WHERE submitted_by = ? FETCH FIRST 1 ROWS ONLY").param(userId)
                .query(Integer.class).optional().isPresent();
    }

    private static void equal(StringBuilder where, List<Object> params, String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    void insertEvent(String caseNumber, CaseEvent event) {
        jdbc.sql("""
                INSERT INTO casefile_event (case_number, occurred_at, kind, decision, actor, summary, details)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNumber, timestamp(event.occurredAt()), event.kind().name(), event.kind().decision(),
                        event.actor(), event.summary(), toJson(event.details()))
                .update();
    }

    List<CaseEvent> events(String caseNumber) {
        return jdbc.sql("SELECT * FROM casefile_event WHERE case_number = ? ORDER BY occurred_at, id")
                .param(caseNumber)
                .query((rs, row) -> new CaseEvent(instant(rs, "occurred_at"), CaseEventKind.valueOf(rs.getString("kind")),
                        rs.getString("actor"), rs.getString("summary"), fromJson(rs.getString("details"))))
                .list();
    }

    private CaseSummary summary(ResultSet rs, int row) throws SQLException {
        return new CaseSummary(rs.getString("case_number"), rs.getString("process_instance_id"),
                CaseStage.valueOf(rs.getString("stage")), rs.getString("channel"), rs.getString("category"),
                rs.getString("subject_type"), rs.getString("subject_name"), rs.getString("credit_code"),
                rs.getString("district_code"), rs.getString("county_code"), rs.getString("registration_status"),
                rs.getString("list_type"), rs.getString("submitted_by"), instant(rs, "received_at"),
                instant(rs, "updated_at"), rs.getObject("handling_due_on", java.time.LocalDate.class),
                rs.getObject("clock_paused_on", java.time.LocalDate.class));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private String toJson(Map<String, Object> details) {
        try {
            return details.isEmpty() ? null : json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Case event details must be plain values", e);
        }
    }

    private Map<String, Object> fromJson(String details) {
        try {
            return details == null ? Map.of() : json.readValue(details, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored case event details are not JSON", e);
        }
    }

}
