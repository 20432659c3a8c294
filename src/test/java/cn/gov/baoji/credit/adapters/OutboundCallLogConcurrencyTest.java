package cn.gov.baoji.credit.adapters;

import static cn.gov.baoji.credit.adapters.OutboundCallDatabase.attempt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/** Jobs on several nodes may record the same key at once; the log must still hold one row per key. */
class OutboundCallLogConcurrencyTest {

    private static final OutboundCallDatabase database = new OutboundCallDatabase();

    private OutboundCallLog log;

    @BeforeEach
    void emptyLog() {
        log = database.emptyLog(Clock.systemUTC());
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

        assertThat(database.rows()).isEqualTo(1);
        assertThat(log.find("registry", "racing")).map(OutboundCall::attempts).contains(threads);
    }

    @Test
    void aFirstAttemptCommittedByAnotherNodeMeanwhileIsCountedNotDuplicated() throws Exception {
        CompletableFuture<Void> ourRecord = new CompletableFuture<>();
        new TransactionTemplate(database.transactions).executeWithoutResult(otherNode -> {
            database.jdbc.sql("""
                    INSERT INTO adapters_outbound_call (agency, operation, idempotency_key, case_number, mode,
                           request, outcome, attempts, first_attempt_at, last_attempt_at)
                    VALUES ('registry', 'findEnterprise', 'raced', NULL, 'HTTP', '{}', 'FAILED', 1,
                            CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").update();
            // our insert now waits for the other node's uncommitted row, then finds the key taken
            CompletableFuture.runAsync(() -> log.record(attempt("registry", "raced", null), OutboundCallOutcome.FOUND))
                    .whenComplete((ok, failure) -> completeWith(ourRecord, failure));
            sleep(300);
        });

        ourRecord.get(10, TimeUnit.SECONDS);
        assertThat(log.find("registry", "raced")).get()
                .extracting(OutboundCall::attempts, OutboundCall::outcome)
                .containsExactly(2, OutboundCallOutcome.FOUND);
    }

    private static void completeWith(CompletableFuture<Void> future, Throwable failure) {
        if (failure == null) {
            future.complete(null);
        } else {
            future.completeExceptionally(failure);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
