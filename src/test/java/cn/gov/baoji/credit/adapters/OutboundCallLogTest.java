package cn.gov.baoji.credit.adapters;

import static cn.gov.baoji.credit.adapters.OutboundCallDatabase.attempt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.gov.baoji.credit.support.MovableClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class OutboundCallLogTest {

    private static final OutboundCallDatabase database = new OutboundCallDatabase();

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private OutboundCallLog log;

    @BeforeEach
    void emptyLog() {
        log = database.emptyLog(clock);
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
        assertThat(database.rows()).isEqualTo(1);
    }

    @Test
    void sameKeyOfAnotherAgencyIsAnotherCall() {
        log.record(attempt("registry", "job-1", "BJDS-2026-000001"), OutboundCallOutcome.FOUND);
        log.record(attempt("notification", "job-1", "BJDS-2026-000001"), OutboundCallOutcome.SENT);

        assertThat(database.rows()).isEqualTo(2);
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
    void recordSurvivesTheRollbackOfTheCallersTransaction() {
        new TransactionTemplate(database.transactions).executeWithoutResult(job -> {
            log.record(attempt("registry", "rolled-back-job", "BJDS-2026-000004"), OutboundCallOutcome.FOUND);
            job.setRollbackOnly();
        });

        assertThat(log.find("registry", "rolled-back-job")).isPresent();
    }

    @Test
    void failureIsRecordedAsFailed() {
        log.recordFailure(attempt("registry", "k", "BJDS-2026-000005"), new AgencyUnavailableException("down"));

        assertThat(log.find("registry", "k")).map(OutboundCall::outcome).contains(OutboundCallOutcome.FAILED);
    }

    @Test
    void failureThatCannotBeRecordedIsNotHidden() {
        JdbcClient broken = mock(JdbcClient.class);
        when(broken.sql(anyString())).thenThrow(new DataAccessResourceFailureException("database down"));
        var brokenLog = new OutboundCallLog(broken, database.transactions, new ObjectMapper(), clock);
        var failure = new AgencyUnavailableException("registry down");

        brokenLog.recordFailure(attempt("registry", "k", "BJDS-2026-000005"), failure);

        assertThat(failure.getSuppressed()).singleElement()
                .isInstanceOf(DataAccessResourceFailureException.class);
    }

    private List<String> keys(OutboundCallQuery query) {
        return log.recent(query).stream().map(OutboundCall::idempotencyKey).toList();
    }
}
