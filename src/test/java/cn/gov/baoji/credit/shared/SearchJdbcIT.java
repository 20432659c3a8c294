package cn.gov.baoji.credit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A search statement is planned with its values every time: the driver never makes it a server-side prepared
 * statement, for which PostgreSQL could settle on one generic plan. The application's other statements still are.
 */
@PostgresIntegrationTest
class SearchJdbcIT {

    @Autowired
    SearchJdbc searchJdbc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void searchStatementsAreNeverPreparedOnTheServerOtherStatementsAre() {
        long[] prepared = transaction.execute(status -> {   // one transaction: one connection, its prepared statements
            for (int i = 0; i < 10; i++) {
                searchJdbc.client().sql("SELECT count(*) FROM casefile_case WHERE stage = ? /* search-marker */")
                        .param("TRIAGE").query(Long.class).single();
                jdbc.sql("SELECT count(*) FROM casefile_case WHERE stage = ? /* plain-marker */")
                        .param("TRIAGE").query(Long.class).single();
            }
            return new long[] {serverPrepared("search-marker"), serverPrepared("plain-marker")};
        });
        assertThat(prepared[0]).as("search statements").isZero();
        assertThat(prepared[1]).as("other statements, after the driver's threshold of five").isEqualTo(1);
    }

    private long serverPrepared(String marker) {
        return jdbc.sql("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE ?")
                .param("%" + marker + " */%").query(Long.class).single();
    }
}
