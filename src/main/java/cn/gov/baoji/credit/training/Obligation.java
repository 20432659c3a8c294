package cn.gov.baoji.credit.training;

import java.time.Instant;

/** One row of {@code training_obligation}. Phone and e-mail are personal data: never logged, never shown. */
record Obligation(long id, String entryId, String caseNumber, String listType, String countyCode, String phone,
                  String email, TrainingStatus status, int missedSessions, Instant createdAt, Instant attendedAt,
                  Instant closedAt, String closedReason) {

    /** The first 8 characters of the entry id, as commerce sees them in the forms. */
    String shortId() {
        return entryId.substring(0, 8);
    }

    TrainingAttendance attendance() {
        return new TrainingAttendance(entryId, status, status == TrainingStatus.ATTENDED, attendedAt, missedSessions,
                closedReason);
    }
}
