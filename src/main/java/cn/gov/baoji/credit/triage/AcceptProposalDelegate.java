package cn.gov.baoji.credit.triage;

import java.util.Map;

import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.CaseStage;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.engine.CaseDeadlines;
import cn.gov.baoji.credit.engine.CaseWorkflow;
import cn.gov.baoji.credit.reference.County;
import cn.gov.baoji.credit.reference.DistrictDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * An association's designation proposal is accepted as it stands: what triage does on acceptance (the county
 * takes the case, sees it, and the handling clock starts), without triage or the investigation; the county
 * designates on the association's findings.
 */
@Component
class AcceptProposalDelegate implements JavaDelegate {

    private final CaseFile caseFile;
    private final CaseWorkflow workflow;
    private final CaseDeadlines deadlines;
    private final DistrictDirectory districts;

    AcceptProposalDelegate(CaseFile caseFile, CaseWorkflow workflow, CaseDeadlines deadlines,
                           DistrictDirectory districts) {
        this.caseFile = caseFile;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.districts = districts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseVariables.CASE_NUMBER.from(execution);
        String countyCode = CaseVariables.COUNTY_CODE.from(execution);
        County county = districts.county(countyCode == null ? "" : countyCode).orElseThrow(() ->
                new IllegalStateException("A proposal reaches designation only with its county (case " + caseNumber
                        + ")"));
        caseFile.routeTo(caseNumber, county.code());
        workflow.grantCaseAccess(execution.getProcessInstanceId(), county.groupId());
        caseFile.startHandlingClock(caseNumber, deadlines.dueDay("handling"));
        caseFile.moveTo(caseNumber, CaseStage.DESIGNATION);
        caseFile.record(caseNumber, CaseEventKind.TRIAGE_DECIDED, "system",
                "协会商会提请认定，直接交" + county.nameZh() + "认定 / proposal accepted for the county's designation",
                Map.of("countyCode", county.code(), "proposedBy",
                        String.valueOf(execution.getVariable("proposingAssociation"))));
    }
}
