package cn.gov.baoji.credit.triage;

import java.util.HashMap;
import java.util.Map;

import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.CaseDeadlines;
import cn.gov.baoji.credit.engine.CaseWorkflow;
import cn.gov.baoji.credit.engine.TaskInputException;
import cn.gov.baoji.credit.reference.County;
import cn.gov.baoji.credit.reference.DistrictDirectory;
import cn.gov.baoji.credit.shared.CaseNumber;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the triage form on completion (the form's own checks can be bypassed over REST) and records the
 * decision. An accepted case goes to the chosen county, which from then on sees it.
 */
@Component
class TriageDecisionTaskListener implements TaskListener {

    private final CaseFile caseFile;
    private final DistrictDirectory districts;
    private final CaseWorkflow workflow;
    private final CaseDeadlines deadlines;

    TriageDecisionTaskListener(CaseFile caseFile, DistrictDirectory districts, CaseWorkflow workflow,
                               CaseDeadlines deadlines) {
        this.caseFile = caseFile;
        this.districts = districts;
        this.workflow = workflow;
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = CaseVariables.CASE_NUMBER.from(task);
        TriageDecision decision = TaskInputException.oneOf(TriageDecision.class,
                TriageVariables.TRIAGE_DECISION.name(), TriageVariables.TRIAGE_DECISION.from(task));
        TriageVariables.TRIAGE_DECISION.set(task, decision.name());   // the gateway compares the exact name
        String comment = TriageVariables.TRIAGE_COMMENT.from(task);
        Map<String, Object> details = new HashMap<>(Map.of("decision", decision.name()));
        if (decision == TriageDecision.ACCEPT) {
            County county = county(CaseVariables.COUNTY_CODE.from(task));
            CaseVariables.COUNTY_CODE.set(task, county.code());
            caseFile.routeTo(caseNumber, county.code());
            workflow.grantCaseAccess(task.getProcessInstanceId(), county.groupId());
            caseFile.startHandlingClock(caseNumber, deadlines.dueDay("handling"));
            details.put("countyCode", county.code());
        } else {
            TaskInputException.require(comment != null && !comment.isBlank(), TriageVariables.TRIAGE_COMMENT.name(),
                    "请填写处理意见 / a comment is required unless the complaint is accepted");
            TriageVariables.CLOSING_REASON.set(task, decision.name());
        }
        if (decision == TriageDecision.DUPLICATE) {
            String original = duplicateOf(TriageVariables.DUPLICATE_OF.from(task), caseNumber);
            TriageVariables.DUPLICATE_OF.set(task, original);
            details.put("duplicateOf", original);
        }
        caseFile.moveTo(caseNumber, decision.stage());
        caseFile.record(caseNumber, CaseEventKind.TRIAGE_DECIDED, Actors.of(task),
                "分流决定 / triage: " + decision + (comment == null || comment.isBlank() ? "" : " — " + comment),
                details);
    }

    private County county(String countyCode) {
        return districts.county(countyCode == null ? "" : countyCode.strip())
                .orElseThrow(() -> new TaskInputException(CaseVariables.COUNTY_CODE.name(),
                        "请选择宝鸡市内的承办县区 / choose the Baoji county that takes the case"));
    }

    private String duplicateOf(String earlier, String caseNumber) {
        String number = earlier == null ? "" : earlier.strip().toUpperCase(java.util.Locale.ROOT);
        TaskInputException.require(CaseNumber.isValid(number) && !number.equals(caseNumber)
                        && caseFile.find(number).isPresent(), TriageVariables.DUPLICATE_OF.name(),
                "请填写已存在的另一案件编号 / give the number of the earlier case");
        return number;
    }
}
