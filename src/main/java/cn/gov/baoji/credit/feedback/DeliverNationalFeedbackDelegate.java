package cn.gov.baoji.credit.feedback;

import java.time.Clock;

import cn.gov.baoji.credit.adapters.nationalplatform.FeedbackItem;
import cn.gov.baoji.credit.adapters.nationalplatform.NationalPlatformPort;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one queued report. Runs as a job: a failure is recorded on the outbox row (in its own transaction,
 * so it survives the job's rollback) and rethrown, so the engine retries with backoff and finally raises an
 * incident. A row already delivered is not sent again.
 */
@Component
class DeliverNationalFeedbackDelegate implements JavaDelegate {

    private final FeedbackOutbox outbox;
    private final NationalPlatformPort platform;
    private final TransactionTemplate separately;
    private final Clock clock;

    DeliverNationalFeedbackDelegate(FeedbackOutbox outbox, NationalPlatformPort platform,
                                    PlatformTransactionManager transactions, Clock clock) {
        this.outbox = outbox;
        this.platform = platform;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = FeedbackVariables.OUTBOX_ID.from(execution);
        OutboxItem item = outbox.find(id)
                .orElseThrow(() -> new IllegalStateException("No national feedback outbox row " + id));
        if (item.delivered()) {
            return;
        }
        try {
            platform.deliver(new FeedbackItem(item.idempotencyKey(), item.kind(), item.caseNumber(), item.payload()));
        } catch (RuntimeException failure) {
            String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            separately.executeWithoutResult(status -> outbox.attemptFailed(id, error, clock.instant()));
            throw failure;
        }
        outbox.delivered(id, clock.instant());
    }
}
