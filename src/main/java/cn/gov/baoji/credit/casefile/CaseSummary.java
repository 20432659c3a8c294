package cn.gov.baoji.credit.casefile;

import java.time.Instant;

/** A case as the case file holds it. */
public record CaseSummary(String caseNumber, String processInstanceId, CaseStage stage, String channel,
                          String category, String subjectType, String subjectName, String creditCode,
                          String districtCode, String countyCode, String registrationStatus, String listType,
                          String submittedBy, Instant receivedAt, Instant updatedAt,
                          java.time.LocalDate handlingDueOn, java.time.LocalDate clockPausedOn) {
}
