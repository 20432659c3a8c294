package cn.gov.baoji.credit.adapters;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of every call our adapters make to an agency, one row per agency and idempotency key. Jobs run
 * at least once, so recording the same key again counts one more attempt instead of adding a row.
 * <p>
 * Each record is written in its own transaction: a failed job rolls back its own work, but the log still
 * shows that the agency was called and how it went.
 */
@Component
public class OutboundCallLog {

    private static final Logger log = LoggerFactory.getLogger(OutboundCallLog.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;
    private final ObjectMapper json;
    private final Clock clock;

    public OutboundCallLog(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
        this.clock = clock;
    }

    /** Records an attempt and its outcome: a new row for a new key, one more attempt for a known key. */
    public void record(OutboundCallAttempt attempt, OutboundCallOutcome outcome) {
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var row = new CallRow(attempt, toJson(attempt), outcome, now);
        try {
            newTransaction.executeWithoutResult(status -> {
                if (increment(row) == 0) {
                    insert(row);
                }
            });
        } catch (DuplicateKeyException concurrentFirstAttempt) {
            // Another node inserted the same key between our update and insert; that row is ours to count.
            newTransaction.executeWithoutResult(status -> increment(row));
        }
    }

    /**
     * Records a failed attempt without ever hiding {@code failure}: if the log itself cannot be written, that
     * problem is attached to {@code failure} as suppressed and the caller throws {@code failure} as usual.
     */
    public void recordFailure(OutboundCallAttempt attempt, RuntimeException failure) {
        try {
            record(attempt, OutboundCallOutcome.FAILED);
        } catch (RuntimeException logFailure) {
            log.warn("Could not record the failed {} call {} of case {}", attempt.agency(), attempt.operation(),
                    attempt.caseNumber(), logFailure);
            failure.addSuppressed(logFailure);
        }
    }

    /** One page of recorded calls, newest attempt first. */
    public List<OutboundCall> recent(OutboundCallQuery query) {
        return OutboundCallRows.select(jdbc, query);
    }

    /** The call recorded for this agency and idempotency key, if any. */
    public Optional<OutboundCall> find(String agency, String idempotencyKey) {
        return OutboundCallRows.find(jdbc, agency, idempotencyKey);
    }

    private int increment(CallRow row) {
        return jdbc.sql("""
                        UPDATE adapters_outbound_call
                           SET attempts = attempts + 1, outcome = :outcome, mode = :mode, request = :request,
                               last_attempt_at = :now
                         WHERE agency = :agency AND idempotency_key = :key""")
                .param("outcome", row.outcome().name())
                .param("mode", row.attempt().mode().name())
                .param("request", row.requestJson())
                .param("now", row.now())
                .param("agency", row.attempt().agency())
                .param("key", row.attempt().idempotencyKey())
                .update();
    }

    private void insert(CallRow row) {
        OutboundCallAttempt attempt = row.attempt();
        jdbc.sql("""
                        INSERT INTO adapters_outbound_call (agency, operation, idempotency_key, case_number, mode,
                               request, outcome, attempts, first_attempt_at, last_attempt_at)
                        VALUES (:agency, :operation, :key, :caseNumber, :mode, :request, :outcome, 1, :now, :now)""")
                .param("agency", attempt.agency())
                .param("operation", attempt.operation())
                .param("key", attempt.idempotencyKey())
                .param("caseNumber", attempt.caseNumber())
                .param("mode", attempt.mode().name())
                .param("request", row.requestJson())
                .param("outcome", row.outcome().name())
                .param("now", row.now())
                .update();
    }

    private String toJson(OutboundCallAttempt attempt) {
        try {
            return json.writeValueAsString(attempt.maskedRequest());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The request of " + attempt.operation() + " is not JSON-able", e);
        }
    }

    private record CallRow(OutboundCallAttempt attempt, String requestJson, OutboundCallOutcome outcome,
                           OffsetDateTime now) {
    }
}
