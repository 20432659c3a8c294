package cn.gov.baoji.credit.alliance;

/** Where a report (and its subject) stands: waiting for a second source, or cross-verified and on a case. */
enum ReportStatus {
    WAITING, VERIFIED
}
