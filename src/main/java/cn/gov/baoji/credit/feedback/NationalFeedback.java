package cn.gov.baoji.credit.feedback;

import java.time.Clock;
import java.util.Map;

import cn.gov.baoji.credit.adapters.nationalplatform.FeedbackKind;
import cn.gov.baoji.credit.engine.CaseWorkflow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues reports for the national platform, in the caller's transaction. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class NationalFeedback {

    /** The process that delivers one report. */
    public static final String DELIVERY_PROCESS = "nationalFeedback";

    private final FeedbackOutbox outbox;
    private final CaseWorkflow workflow;
    private final ObjectMapper json;
    private final Clock clock;

    NationalFeedback(FeedbackOutbox outbox, CaseWorkflow workflow, ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.workflow = workflow;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Queues one report. The key names the fact being reported ("entry 42 was listed"): reporting the same
     * fact twice queues it once, so callers that run at least once need no bookkeeping of their own.
     */
    public void report(FeedbackKind kind, String idempotencyKey, String caseNumber, String entryId, Object payload) {
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A national feedback payload must serialise to JSON", e);
        }
        outbox.insertIfNew(idempotencyKey, kind, caseNumber, entryId, body, clock.instant()).ifPresent(id ->
                workflow.startProcess(DELIVERY_PROCESS, caseNumber == null ? idempotencyKey : caseNumber,
                        Map.of(FeedbackVariables.OUTBOX_ID.name(), id, FeedbackVariables.FEEDBACK_KIND.name(),
                                kind.name())));
    }
}
