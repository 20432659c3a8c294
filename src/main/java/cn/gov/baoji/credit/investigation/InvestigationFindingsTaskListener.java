package cn.gov.baoji.credit.investigation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.CaseStage;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.ProcessVariable;
import cn.gov.baoji.credit.engine.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the investigator's findings on completion (counts and amounts not negative, findings written,
 * yes/no questions answered) and records them on the case before the designation criteria are applied.
 */
@Component
class InvestigationFindingsTaskListener implements TaskListener {

    private static final List<ProcessVariable<Boolean>> YES_NO = List.of(InvestigationVariables.FACTS_VERIFIED,
            InvestigationVariables.REPEAT_OFFENCE, InvestigationVariables.ORGANIZED_PLATFORM);

    private final CaseFile caseFile;

    InvestigationFindingsTaskListener(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void notify(DelegateTask task) {
        Long count = InvestigationVariables.FAKE_TRANSACTION_COUNT.from(task);
        Double amount = InvestigationVariables.AMOUNT_INVOLVED.from(task);
        String findings = InvestigationVariables.FINDINGS.from(task);
        TaskInputException.require(count != null && count >= 0, InvestigationVariables.FAKE_TRANSACTION_COUNT.name(),
                "请填写不小于0的整数 / a whole number of at least 0 is required");
        TaskInputException.require(amount != null && amount >= 0 && Double.isFinite(amount),
                InvestigationVariables.AMOUNT_INVOLVED.name(), "请填写不小于0的金额 / an amount of at least 0 is required");
        TaskInputException.require(findings != null && !findings.isBlank(), InvestigationVariables.FINDINGS.name(),
                "请填写调查结论 / findings are required");
        // the DMN needs every input; an unticked checkbox may arrive as no value at all
        Map<String, Object> details = new HashMap<>();
        for (ProcessVariable<Boolean> yesNo : YES_NO) {
            boolean value = Boolean.TRUE.equals(yesNo.from(task));
            yesNo.set(task, value);
            details.put(yesNo.name(), value);
        }
        InvestigationVariables.FAKE_TRANSACTION_COUNT.set(task, count);
        InvestigationVariables.AMOUNT_INVOLVED.set(task, amount);
        details.put("fakeTransactionCount", count);
        details.put("amountInvolved", amount);
        String caseNumber = CaseVariables.CASE_NUMBER.from(task);
        caseFile.moveTo(caseNumber, CaseStage.DESIGNATION);
        caseFile.record(caseNumber, CaseEventKind.INVESTIGATION_REPORTED, Actors.of(task),
                "调查结论 / findings: " + abbreviate(findings), details);
    }

    private static String abbreviate(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
