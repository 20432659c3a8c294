package cn.gov.baoji.credit.adapters.nationalplatform;

import java.util.Objects;

/**
 * One report, already serialised by the outbox that queued it; sent verbatim.
 *
 * @param caseNumber the case it concerns, or null (statistics)
 */
public record FeedbackItem(String idempotencyKey, FeedbackKind kind, String caseNumber, String payloadJson) {

    public FeedbackItem {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payloadJson, "payloadJson");
    }

    @Override
    public String toString() {
        // the payload may hold ID numbers: never in a log line
        return "FeedbackItem[" + kind + ", key=" + idempotencyKey + ", case=" + caseNumber + "]";
    }
}
