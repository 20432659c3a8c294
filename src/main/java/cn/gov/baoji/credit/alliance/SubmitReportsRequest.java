package cn.gov.baoji.credit.alliance;

import java.time.LocalDate;
import java.util.List;

import cn.gov.baoji.credit.intake.SubjectType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/alliance/reports}: a batch of monitoring reports. The batch is checked as a whole
 * only for its size; every report is checked on its own ({@link ReportRules}) and answered on its own.
 */
record SubmitReportsRequest(@NotNull List<MonitoringReport> reports) {

    /** Reports in one batch at most (checked by {@link AllianceReports}: 1 to this many). */
    static final int MAX_BATCH = 200;

    /** One report on one suspected brushing merchant or chaoxin platform. */
    record MonitoringReport(
            @Size(max = 64) @Pattern(regexp = "^[\\x21-\\x7E]+$", message = "must be visible ASCII characters")
            String referenceId,
            @NotNull @Valid ReportedSubject subject,
            @NotNull @Valid Indicators indicators,
            @NotNull LocalDate periodFrom,
            @NotNull LocalDate periodTo) {
    }

    /** Who is reported: a natural person by ID number, anyone else by credit code. */
    record ReportedSubject(
            @NotNull SubjectType type,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 18) String creditCode,
            @Size(max = 18) String idNumber,
            @Size(max = 100) String platform,
            @Size(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) address")
            String shopUrl) {
    }

    /** What the member observed in the period; at least one figure. */
    record Indicators(
            @Min(0) Long orderCount,
            @Min(0) Long fakeReviewCount,
            @Min(0) Integer sharedAddresses,
            @Min(0) Integer linkedAccounts,
            @Size(max = 2000) String note) {
    }
}
