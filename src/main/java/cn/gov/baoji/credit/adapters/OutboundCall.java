package cn.gov.baoji.credit.adapters;

import java.time.Instant;

/**
 * A call to an agency as recorded: one per agency and idempotency key, however often the job ran it.
 * {@code request} is JSON text with personal data masked; {@code outcome} is that of the latest attempt.
 */
public record OutboundCall(long id, String agency, String operation, String idempotencyKey, String caseNumber,
                           AdapterMode mode, String request, OutboundCallOutcome outcome, int attempts,
                           Instant firstAttemptAt, Instant lastAttemptAt) {
}
