package cn.gov.baoji.credit.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

class OutboundCallLogTest {

    private static DriverManagerDataSource dataSource;
    private static DataSourceTransactionManager transactions;

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T08:00:00Z"));
    private OutboundCallLog log;

    @BeforeAll
    static void migrate() {
        dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:outbound-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("2").load().migrate();
        transactions = new DataSourceTransactionManager(dataSource);
    }

    @BeforeEach
    void emptyLog() {
        JdbcClient.create(dataSource).sql("DELETE FROM adapters_outbound_call").update();
        log = new OutboundCallLog(JdbcClient.create(dataSource), transactions, new ObjectMapper(), clock);
    }

    @Test
    void sameKeyTwiceIsOneRowWithTwoAttempts() {
        log.record(attempt("registry", "job-1", "BJDS-2026-000001"), OutboundCallOutcome.FAILED);
        clock.advance(Duration.ofMinutes(5));
        log.record(attempt("registry", "job-1", "BJDS-2026-000001"), OutboundCallOutcome.FOUND);

        OutboundCall call = log.find("registry", "job-1").orElseThrow();
        assertThat(call.attempts()).isEqualTo(2);
        assertThat(call.outcome()).isEqualTo(OutboundCallOutcome.FOUND);
        assertThat(call.firstAttemptAt()).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
        assertThat(call.lastAttemptAt()).isEqualTo(Instant.parse("2026-03-01T08:05:00Z"));
        assertThat(call.request()).isEqualTo("{\"creditCode\":\"91610302MA6X00001J\"}");
        assertThat(call.mode()).isEqualTo(AdapterMode.SANDBOX);
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void sameKeyOfAnotherAgencyIsAnotherCall() {
        log.record(attempt("registry", "job-1", "BJDS-2026-000001"), OutboundCallOutcome.FOUND);
        log.record(attempt("notification", "job-1", "BJDS-2026-000001"), OutboundCallOutcome.SENT);

        assertThat(rows()).isEqualTo(2);
        assertThat(log.find("notification", "job-1")).map(OutboundCall::attempts).contains(1);
    }

    @Test
    void recentListsNewestFirstFilteredAndPaged() {
        log.record(attempt("registry", "a", "BJDS-2026-000001"), OutboundCallOutcome.FOUND);
        clock.advance(Duration.ofSeconds(1));
        log.record(attempt("notification", "b", "BJDS-2026-000001"), OutboundCallOutcome.SENT);
        clock.advance(Duration.ofSeconds(1));
        log.record(attempt("registry", "c", "BJDS-2026-000002"), OutboundCallOutcome.NOT_FOUND);
        clock.advance(Duration.ofSeconds(1));
        log.record(attempt("registry", "a", "BJDS-2026-000001"), OutboundCallOutcome.FOUND);

        assertThat(keys(new OutboundCallQuery(null, null, 10, 0))).containsExactly("a", "c", "b");
        assertThat(keys(new OutboundCallQuery("registry", null, 10, 0))).containsExactly("a", "c");
        assertThat(keys(new OutboundCallQuery(null, "BJDS-2026-000001", 10, 0))).containsExactly("a", "b");
        assertThat(keys(new OutboundCallQuery("registry", "BJDS-2026-000002", 10, 0))).containsExactly("c");
        assertThat(keys(new OutboundCallQuery(null, null, 2, 0))).containsExactly("a", "c");
        assertThat(keys(new OutboundCallQuery(null, null, 2, 2))).containsExactly("b");
        assertThat(keys(new OutboundCallQuery(null, null, 2, 4))).isEmpty();
    }

    @Test
    void concurrentRecordsOfOneKeyMakeOneRow() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            done.add(pool.submit(() -> {
                start.await();
                log.record(attempt("registry", "racing", "BJDS-2026-000003"), OutboundCallOutcome.FOUND);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> each : done) {
            each.get(20, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(rows()).isEqualTo(1);
        assertThat(log.find("registry", "racing")).map(OutboundCall::attempts).contains(threads);
    }

    @Test
    void recordSurvivesTheRollbackOfTheCallersTransaction() {
        new TransactionTemplate(transactions).executeWithoutResult(job -> {
            log.record(attempt("registry", "rolled-back-job", "BJDS-2026-000004"), OutboundCallOutcome.FOUND);
            job.setRollbackOnly();
        });

        assertThat(log.find("registry", "rolled-back-job")).isPresent();
    }

    @Test
    void failureThatCannotBeRecordedIsNotHidden() {
        JdbcClient broken = mock(JdbcClient.class);
        when(broken.sql(anyString())).thenThrow(new DataAccessResourceFailureException("database down"));
        var brokenLog = new OutboundCallLog(broken, transactions, new ObjectMapper(), clock);
        var failure = new AgencyUnavailableException("registry down");

        brokenLog.recordFailure(attempt("registry", "k", "BJDS-2026-000005"), failure);

        assertThat(failure.getSuppressed()).singleElement()
                .isInstanceOf(DataAccessResourceFailureException.class);
    }

    @Test
    void failureIsRecordedAsFailed() {
        log.recordFailure(attempt("registry", "k", "BJDS-2026-000005"), new AgencyUnavailableException("down"));

        assertThat(log.find("registry", "k")).map(OutboundCall::outcome).contains(OutboundCallOutcome.FAILED);
    }

    private static OutboundCallAttempt attempt(String agency, String key, String caseNumber) {
        return new OutboundCallAttempt(agency, "findEnterprise", key, caseNumber, AdapterMode.SANDBOX,
                Map.of("creditCode", "91610302MA6X00001J"));
    }

    private List<String> keys(OutboundCallQuery query) {
        return log.recent(query).stream().map(OutboundCall::idempotencyKey).toList();
    }

    private static long rows() {
        return JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM adapters_outbound_call")
                .query(Long.class).single();
    }

    /** A clock the test moves forward. */
    static final class TestClock extends Clock {

        private Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
