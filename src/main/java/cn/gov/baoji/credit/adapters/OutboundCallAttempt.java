package cn.gov.baoji.credit.adapters;

import java.util.Map;
import java.util.Objects;

/**
 * One call an adapter is about to record: which agency and operation, the idempotency key that makes a
 * re-run the same call, the case it serves and the request with every personal datum already masked.
 */
public record OutboundCallAttempt(String agency, String operation, String idempotencyKey, String caseNumber,
                                  AdapterMode mode, Map<String, Object> maskedRequest) {

    public OutboundCallAttempt {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(mode, "mode");
        maskedRequest = Map.copyOf(maskedRequest);
    }
}
