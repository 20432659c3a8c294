package cn.gov.baoji.credit.designation;

import java.util.HashMap;
import java.util.Map;

import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records the county's designation. A list type other than the criteria's recommendation needs a written
 * justification: the county may depart from the criteria, but not silently.
 */
@Component
class DesignationDecisionTaskListener implements TaskListener {

    private final CaseFile caseFile;

    DesignationDecisionTaskListener(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void notify(DelegateTask task) {
        ListType listType = TaskInputException.oneOf(ListType.class, DesignationVariables.LIST_TYPE.name(),
                DesignationVariables.LIST_TYPE.from(task));
        String recommended = DesignationVariables.RECOMMENDED_LIST_TYPE.from(task);
        String justification = DesignationVariables.DESIGNATION_JUSTIFICATION.from(task);
        boolean departs = !listType.name().equals(recommended);
        TaskInputException.require(!departs || (justification != null && !justification.isBlank()),
                DesignationVariables.DESIGNATION_JUSTIFICATION.name(),
                "认定结果与系统建议不一致，请填写认定理由 / justify a list type other than the recommendation");
        DesignationVariables.LIST_TYPE.set(task, listType.name());
        String caseNumber = CaseVariables.CASE_NUMBER.from(task);
        Map<String, Object> details = new HashMap<>();
        details.put("listType", listType.name());
        details.put("recommendedListType", recommended);
        details.put("justification", departs ? justification.strip() : null);
        caseFile.designated(caseNumber, listType.name());
        caseFile.record(caseNumber, CaseEventKind.DESIGNATION_DECIDED, Actors.of(task),
                "认定 / designation: " + listType + (departs ? "（不同于建议 " + recommended + "）" : ""), details);
    }
}
