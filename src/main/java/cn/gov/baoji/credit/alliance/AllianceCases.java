package cn.gov.baoji.credit.alliance;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.intake.ComplaintCategory;
import cn.gov.baoji.credit.intake.ComplaintChannel;
import cn.gov.baoji.credit.intake.IntakeService;
import cn.gov.baoji.credit.intake.SubjectType;
import cn.gov.baoji.credit.intake.SubmitComplaintRequest;
import org.springframework.stereotype.Component;

/**
 * The cases the alliance leads to: a new {@code dishonestyCase} through the one intake entry point (channel
 * {@code ALLIANCE_MEMBER}, the reporting member as reporter so that it hears how the case ended), and the reports
 * on the timeline of a case. Runs in the transaction of the report that completed the verification.
 */
@Component
class AllianceCases {

    /** The user the intake records as submitter: the alliance itself, so that no member reads the case. */
    static final String SUBMITTED_BY = "alliance";

    private final IntakeService intake;
    private final CaseFile caseFile;

    AllianceCases(IntakeService intake, CaseFile caseFile) {
        this.intake = intake;
        this.caseFile = caseFile;
    }

    /** The newest open complaint case about the subject of the report. */
    Optional<String> openComplaintCase(Report report) {
        return intake.openCaseAbout(report.creditCode(), report.idNumber());
    }

    /** Opens the case of a verified subject; {@code reports} are all its reports, oldest first. */
    String open(AllianceMember reporter, List<ReportRepository.StoredReport> reports, int members) {
        Report latest = reports.get(reports.size() - 1).report();
        var request = new SubmitComplaintRequest(ComplaintChannel.ALLIANCE_MEMBER, "alliance:" + latest.subjectKey(),
                new SubmitComplaintRequest.Reporter(truncate(reporter.name(), 100), reporter.contactPhone(),
                        reporter.contactEmail(), "反炒信联盟 / anti-chaoxin alliance"),
                new SubmitComplaintRequest.Subject(latest.subjectType(), latest.subjectName(), latest.creditCode(),
                        latest.idNumber(), null, latest.platform(), null, latest.shopUrl()),
                latest.subjectType() == SubjectType.PLATFORM ? ComplaintCategory.CHAOXIN_PLATFORM
                        : ComplaintCategory.FAKE_TRANSACTIONS,
                description(reports, members),
                reports.stream().map(r -> r.report().periodFrom()).min(Comparator.naturalOrder()).orElseThrow(),
                reports.stream().map(r -> r.report().periodTo()).max(Comparator.naturalOrder()).orElseThrow());
        // the key makes a second opening for the same subject return the first case instead
        return intake.submit(request, SUBMITTED_BY, "alliance:" + latest.subjectKey()).caseSummary().caseNumber();
    }

    /** Puts one report on the case's timeline. */
    void attach(String caseNumber, ReportRepository.StoredReport stored, String memberName) {
        Report r = stored.report();
        Map<String, Object> details = new HashMap<>();
        details.put("reportId", stored.id());
        details.put("memberId", stored.memberId());
        details.put("periodFrom", r.periodFrom().toString());
        details.put("periodTo", r.periodTo().toString());
        put(details, "orderCount", r.orderCount());
        put(details, "fakeReviewCount", r.fakeReviewCount());
        put(details, "sharedAddresses", r.sharedAddresses());
        put(details, "linkedAccounts", r.linkedAccounts());
        put(details, "platform", r.platform());
        put(details, "shopUrl", r.shopUrl());
        put(details, "note", r.note());
        caseFile.record(caseNumber, CaseEventKind.ALLIANCE_REPORT, AllianceMember.USER_PREFIX + stored.memberId(),
                truncate("联盟监测报告 / alliance report from " + memberName + ": " + r.indicatorSummary(), 500),
                details);
    }

    private static String description(List<ReportRepository.StoredReport> reports, int members) {
        String lines = reports.stream()
                .map(s -> "- " + s.memberId() + ": " + s.report().indicatorSummary()
                        + (s.report().note() == null ? "" : " " + s.report().note()))
                .collect(Collectors.joining("\n"));
        return truncate("反炒信联盟交叉核验：" + members + " 家成员单位报告 / alliance cross-verification by " + members
                + " member(s)\n" + lines, 5000);
    }

    private static void put(Map<String, Object> details, String key, Object value) {
        if (value != null) {
            details.put(key, value);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
