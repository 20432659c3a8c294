package cn.gov.baoji.credit.punishment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.baoji.credit.adapters.nationalplatform.FeedbackKind;
import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.designation.DesignationVariables;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.CaseDeadlines;
import cn.gov.baoji.credit.engine.TaskInputException;
import cn.gov.baoji.credit.feedback.NationalFeedback;
import cn.gov.baoji.credit.listing.ListingVariables;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A member unit's report of the measures it applied: each ticked measure must be one the decision allows the
 * unit, applied on a real date since the listing, under a document reference. "None applied" is a valid
 * report, but only with a note saying why. The ledger row and the report to the national platform are
 * written in the task's transaction.
 */
@Component
class ReportMeasuresTaskListener implements TaskListener {

    private final JointPunishment jointPunishment;
    private final MeasuresLedger ledger;
    private final ListRegistry registry;
    private final NationalFeedback feedback;
    private final PunishmentTrail trail;
    private final Clock clock;

    ReportMeasuresTaskListener(JointPunishment jointPunishment, MeasuresLedger ledger, ListRegistry registry,
                               NationalFeedback feedback, PunishmentTrail trail, Clock clock) {
        this.jointPunishment = jointPunishment;
        this.ledger = ledger;
        this.registry = registry;
        this.feedback = feedback;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String unit = PunishmentVariables.MEMBER_UNIT.from(task);
        JointPunishmentPlan plan = jointPunishment.plan(DesignationVariables.LIST_TYPE.from(task));
        List<String> applied = new ArrayList<>();
        List<PunishmentMeasure> offered = plan.measuresOf(unit);
        for (int i = 0; i < offered.size() && i < PunishmentVariables.MEASURE_APPLIED.size(); i++) {
            if (Boolean.TRUE.equals(PunishmentVariables.MEASURE_APPLIED.get(i).from(task))) {
                applied.add(offered.get(i).measureCode());
            }
        }
        String note = trimmed(PunishmentVariables.MEASURES_NOTE.from(task));
        String entryId = ListingVariables.LIST_ENTRY_ID.from(task);
        ListEntry entry = registry.find(entryId).orElseThrow(() -> new IllegalStateException("No entry " + entryId));
        String caseNumber = CaseVariables.CASE_NUMBER.from(task);
        String actor = Actors.of(task);
        if (applied.isEmpty()) {
            TaskInputException.require(note != null, PunishmentVariables.MEASURES_NOTE.name(),
                    "未勾选任何措施时，请说明原因 / explain why no measure was applied");
        } else {
            LocalDate appliedOn = appliedOn(PunishmentVariables.MEASURES_APPLIED_ON.from(task), entry.decisionDate());
            String reference = trimmed(PunishmentVariables.MEASURES_DOCUMENT_REFERENCE.from(task));
            TaskInputException.require(reference != null && reference.length() <= 100,
                    PunishmentVariables.MEASURES_DOCUMENT_REFERENCE.name(),
                    "请填写执行文书文号（不超过100字）/ give the document reference (at most 100 characters)");
            for (String code : applied) {
                ledger.record(new MeasuresLedger.AppliedMeasure(entryId, caseNumber, unit, code, appliedOn, reference,
                        note, actor, clock.instant()));
            }
        }
        Map<String, Object> report = new HashMap<>();
        report.put("listEntryId", entryId);
        report.put("memberUnit", unit);
        report.put("measures", ledger.ofEntry(entryId).stream().filter(m -> m.memberUnit().equals(unit)).toList());
        report.put("note", note);
        feedback.report(FeedbackKind.MEASURES_REPORTED, "measures:" + entryId + ":" + unit, caseNumber, entryId,
                report);
        trail.record(caseNumber, CaseEventKind.MEASURES_REPORTED, actor,
                unit + " 反馈惩戒措施 / measures reported: " + (applied.isEmpty() ? "无（" + note + "）" : applied),
                Map.of("memberUnit", unit, "measures", applied));
    }

    private LocalDate appliedOn(String value, LocalDate listedOn) {
        String field = PunishmentVariables.MEASURES_APPLIED_ON.name();
        LocalDate day;
        try {
            day = value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            day = null;
        }
        TaskInputException.require(day != null, field, "请填写措施执行日期 / give the date the measures were applied");
        LocalDate today = LocalDate.ofInstant(clock.instant(), CaseDeadlines.BAOJI);
        TaskInputException.require(!day.isAfter(today) && !day.isBefore(listedOn), field,
                "执行日期应在列入名单之日（" + listedOn + "）与今天之间 / the date must be between the listing and today");
        return day;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
