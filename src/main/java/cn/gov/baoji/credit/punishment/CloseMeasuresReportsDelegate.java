package cn.gov.baoji.credit.punishment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.designation.DesignationVariables;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.listing.ListingVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The listing ended while the joint punishment was running: the engine has already cancelled the open
 * {@code reportMeasures} tasks (message {@code listEntryEnded}); this records why, and which units had not
 * reported, so that a unit asking where its task went finds the answer in the case.
 */
@Component
class CloseMeasuresReportsDelegate implements JavaDelegate {

    private final JointPunishment jointPunishment;
    private final MeasuresLedger measures;
    private final PunishmentTrail trail;

    CloseMeasuresReportsDelegate(JointPunishment jointPunishment, MeasuresLedger measures, PunishmentTrail trail) {
        this.jointPunishment = jointPunishment;
        this.measures = measures;
        this.trail = trail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String entryId = ListingVariables.LIST_ENTRY_ID.from(execution);
        String reason = PunishmentVariables.CHANGE_REASON.from(execution);
        Set<String> reported = measures.ofEntry(entryId).stream().map(MeasuresLedger.AppliedMeasure::memberUnit)
                .collect(Collectors.toSet());
        List<String> closed = jointPunishment.plan(DesignationVariables.LIST_TYPE.from(execution)).units().stream()
                .filter(unit -> !reported.contains(unit)).toList();
        trail.record(CaseVariables.CASE_NUMBER.from(execution), CaseEventKind.PUNISHMENT_ENDED, Actors.of(execution),
                "名单已终止，联合惩戒结束；未反馈的任务已关闭 / listing ended, open reports closed: " + reason,
                Map.of("listEntryId", entryId, "reason", String.valueOf(reason), "closedReports", closed));
    }
}
