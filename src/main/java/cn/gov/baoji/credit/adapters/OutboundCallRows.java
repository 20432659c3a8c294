package cn.gov.baoji.credit.adapters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads {@code adapters_outbound_call}; the filters are added to the SQL only when given (typed NULLs vary by DB). */
final class OutboundCallRows {

    private static final String COLUMNS = """
            SELECT id, agency, operation, idempotency_key, case_number, mode, request, outcome, attempts,
                   first_attempt_at, last_attempt_at
              FROM adapters_outbound_call""";

    private OutboundCallRows() {
    }

    static List<OutboundCall> select(JdbcClient jdbc, OutboundCallQuery query) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE 1 = 1");
        if (query.agency() != null) {
            sql.append(" AND agency = :agency");
        }
        if (query.caseNumber() != null) {
            sql.append(" AND case_number = :caseNumber");
        }
        sql.append(" ORDER BY last_attempt_at DESC, id DESC LIMIT :limit OFFSET :offset");
        var statement = jdbc.sql(sql.toString()).param("limit", query.limit()).param("offset", query.offset());
        if (query.agency() != null) {
            statement = statement.param("agency", query.agency());
        }
        if (query.caseNumber() != null) {
            statement = statement.param("caseNumber", query.caseNumber());
        }
        return statement.query(OutboundCallRows::map).list();
    }

    static Optional<OutboundCall> find(JdbcClient jdbc, String agency, String idempotencyKey) {
        return jdbc.sql(COLUMNS + " WHERE agency = :agency AND idempotency_key = :key")
                .param("agency", agency)
                .param("key", idempotencyKey)
                .query(OutboundCallRows::map)
                .optional();
    }

    private static OutboundCall map(ResultSet rs, int row) throws SQLException {
        return new OutboundCall(
                rs.getLong("id"),
                rs.getString("agency"),
                rs.getString("operation"),
                rs.getString("idempotency_key"),
                rs.getString("case_number"),
                AdapterMode.valueOf(rs.getString("mode")),
                rs.getString("request"),
                OutboundCallOutcome.valueOf(rs.getString("outcome")),
                rs.getInt("attempts"),
                rs.getObject("first_attempt_at", OffsetDateTime.class).toInstant(),
                rs.getObject("last_attempt_at", OffsetDateTime.class).toInstant());
    }
}
