package cn.gov.baoji.credit.feedback;

import java.time.Instant;

import cn.gov.baoji.credit.adapters.nationalplatform.FeedbackKind;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;

/** One queued report and how its delivery went. */
public record OutboxItem(long id, String idempotencyKey, FeedbackKind kind, String caseNumber, String entryId,
                         @JsonRawValue String payload, Instant createdAt, int attempts, Instant lastAttemptAt, String lastError,
                         Instant deliveredAt) {

    @JsonIgnore
    public boolean delivered() {
        return deliveredAt != null;
    }
}
