package cn.gov.baoji.credit.training;

import java.time.Instant;

/** A training obligation as commerce and the credit office see it; no contact details. */
record ObligationResponse(String listEntryId, String caseNumber, String listType, String countyCode,
                          TrainingStatus status, int missedSessions, Instant owedSince, Instant attendedAt,
                          Instant closedAt, String closedReason) {

    static ObligationResponse of(Obligation o) {
        return new ObligationResponse(o.entryId(), o.caseNumber(), o.listType(), o.countyCode(), o.status(),
                o.missedSessions(), o.createdAt(), o.attendedAt(), o.closedAt(), o.closedReason());
    }
}
