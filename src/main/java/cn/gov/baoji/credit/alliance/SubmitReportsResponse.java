package cn.gov.baoji.credit.alliance;

import java.util.List;

/** The answer to a batch: one result per report, in the order sent, and the counts. */
record SubmitReportsResponse(int accepted, int duplicates, int rejected, List<ReportResult> results) {

    static SubmitReportsResponse of(List<ReportResult> results) {
        return new SubmitReportsResponse(count(results, ReportResult.ReportOutcome.ACCEPTED),
                count(results, ReportResult.ReportOutcome.DUPLICATE),
                count(results, ReportResult.ReportOutcome.REJECTED), results);
    }

    private static int count(List<ReportResult> results, ReportResult.ReportOutcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
