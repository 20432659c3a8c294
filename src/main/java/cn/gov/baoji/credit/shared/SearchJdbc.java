package cn.gov.baoji.credit.shared;

import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * JDBC for searches whose best plan depends on the values searched for: PostgreSQL plans each of their statements
 * with its values. The driver otherwise turns a statement run five times into a prepared one, for which PostgreSQL
 * may pick one generic plan for every value, and a generic plan cannot tell a rare name part or a handful of stages
 * from a common one: measured with 1,000,000 cases, counting the open ones took 50 ms by a sequential scan instead of
 * 3 ms on the stage index (docs/performance.md). Costs a plan per search, a fraction of a millisecond. Same
 * transactions as the application's other JDBC: the same data source.
 */
@Component
public class SearchJdbc {

    private final JdbcClient client;

    SearchJdbc(DataSource dataSource) {
        this.client = JdbcClient.create(new JdbcTemplate(dataSource) {
            @Override
            protected void applyStatementSettings(Statement statement) throws SQLException {
                super.applyStatementSettings(statement);
                if (statement.isWrapperFor(PGStatement.class)) {
                    statement.unwrap(PGStatement.class).setPrepareThreshold(0);
                }
            }
        });
    }

    public JdbcClient client() {
        return client;
    }
}
