package cn.gov.baoji.credit.adapters;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** One recorded agency call as shown to administrators; {@code request} is the masked request as JSON. */
record OutboundCallResponse(long id, String agency, String operation, String idempotencyKey, String caseNumber,
                            AdapterMode mode, @JsonRawValue String request, OutboundCallOutcome outcome,
                            int attempts, Instant firstAttemptAt, Instant lastAttemptAt) {

    static OutboundCallResponse of(OutboundCall call) {
        return new OutboundCallResponse(call.id(), call.agency(), call.operation(), call.idempotencyKey(),
                call.caseNumber(), call.mode(), call.request(), call.outcome(), call.attempts(),
                call.firstAttemptAt(), call.lastAttemptAt());
    }
}
