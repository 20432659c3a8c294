package cn.gov.baoji.credit.alliance;

import java.util.List;

import cn.gov.baoji.credit.api.FieldProblem;

/**
 * The answer for one report of a batch, at its {@code index}. {@code subjectStatus} says whether the subject is
 * still waiting for a second source ({@code WAITING}) or has been cross-verified ({@code VERIFIED}); fields of
 * {@code problems} are named relative to the report ({@code subject.creditCode}).
 */
record ReportResult(int index, String referenceId, ReportOutcome outcome, String reportId, ReportStatus subjectStatus,
                    List<FieldProblem> problems) {

    /** What became of one report. */
    enum ReportOutcome { ACCEPTED, DUPLICATE, REJECTED }

    static ReportResult rejected(int index, String referenceId, List<FieldProblem> problems) {
        return new ReportResult(index, referenceId, ReportOutcome.REJECTED, null, null, problems);
    }
}
