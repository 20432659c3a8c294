package cn.gov.baoji.credit.alliance;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.baoji.credit.intake.SubjectType;

/**
 * A stored report, for the credit office or the member that sent it. {@code status} is {@code WAITING} until the
 * subject is cross-verified, then {@code VERIFIED}; {@code caseNumber} is shown to the credit office only.
 */
record ReportResponse(String reportId, String memberId, String referenceId, SubjectType subjectType,
                      String subjectName, String creditCode, String idNumber, String platform, String shopUrl,
                      SubmitReportsRequest.Indicators indicators, LocalDate periodFrom, LocalDate periodTo,
                      Instant receivedAt, ReportStatus status, String caseNumber) {

    static ReportResponse of(ReportRepository.StoredReport s, boolean withCase) {
        Report r = s.report();
        return new ReportResponse(s.id(), s.memberId(), r.referenceId(), r.subjectType(), r.subjectName(),
                r.creditCode(), r.idNumber(), r.platform(), r.shopUrl(),
                new SubmitReportsRequest.Indicators(r.orderCount(), r.fakeReviewCount(), r.sharedAddresses(),
                        r.linkedAccounts(), r.note()),
                r.periodFrom(), r.periodTo(), s.receivedAt(),
                s.caseNumber() == null ? ReportStatus.WAITING : ReportStatus.VERIFIED,
                withCase ? s.caseNumber() : null);
    }
}
