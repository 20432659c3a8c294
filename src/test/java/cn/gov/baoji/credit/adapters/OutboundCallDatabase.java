package cn.gov.baoji.credit.adapters;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A private in-memory H2 (MODE=PostgreSQL, as the application runs it) migrated up to our V2 only, so the
 * outbound call log is tested without the rest of the schema. Public for the adapter tests of the agency
 * packages, which check what each attempt leaves in the log.
 */
public final class OutboundCallDatabase {

    final DriverManagerDataSource dataSource = new DriverManagerDataSource(
            "jdbc:h2:mem:outbound-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "");
    final DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    final JdbcClient jdbc = JdbcClient.create(dataSource);

    public OutboundCallDatabase() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("2").load().migrate();
    }

    public OutboundCallLog emptyLog(Clock clock) {
        jdbc.sql("DELETE FROM adapters_outbound_call").update();
        return new OutboundCallLog(jdbc, transactions, new ObjectMapper(), clock);
    }

    public long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM adapters_outbound_call").query(Long.class).single();
    }

    static OutboundCallAttempt attempt(String agency, String key, String caseNumber) {
        return new OutboundCallAttempt(agency, "findEnterprise", key, caseNumber, AdapterMode.SANDBOX,
                Map.of("creditCode", "91610302MA6X00001J"));
    }
}
