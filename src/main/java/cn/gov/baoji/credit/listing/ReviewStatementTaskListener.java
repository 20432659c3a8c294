package cn.gov.baoji.credit.listing;

import java.util.HashMap;
import java.util.Map;

import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.CaseStage;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.designation.DesignationVariables;
import cn.gov.baoji.credit.designation.ListType;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The county's answer to the subject's statement: the intended listing stands, changes list, or is dropped;
 * always with reasons, because the subject is owed them.
 */
@Component
class ReviewStatementTaskListener implements TaskListener {

    private final CaseFile caseFile;

    ReviewStatementTaskListener(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void notify(DelegateTask task) {
        StatementOutcome outcome = TaskInputException.oneOf(StatementOutcome.class,
                ListingVariables.STATEMENT_OUTCOME.name(), ListingVariables.STATEMENT_OUTCOME.from(task));
        ListingVariables.STATEMENT_OUTCOME.set(task, outcome.name());   // the gateway compares the exact name
        String reasons = ListingVariables.STATEMENT_REVIEW_REASONS.from(task);
        TaskInputException.require(reasons != null && !reasons.isBlank(),
                ListingVariables.STATEMENT_REVIEW_REASONS.name(), "请填写审查理由 / reasons are required");
        String intended = DesignationVariables.LIST_TYPE.from(task);
        Map<String, Object> details = new HashMap<>(Map.of("outcome", outcome.name(), "intendedListType", intended));
        if (outcome == StatementOutcome.CHANGE_LIST_TYPE) {
            ListType revised = TaskInputException.oneOf(ListType.class, ListingVariables.REVISED_LIST_TYPE.name(),
                    ListingVariables.REVISED_LIST_TYPE.from(task));
            TaskInputException.require(revised.listed() && !revised.name().equals(intended),
                    ListingVariables.REVISED_LIST_TYPE.name(),
                    "请选择不同于拟列入名单的另一名单 / choose a list other than the intended one");
            DesignationVariables.LIST_TYPE.set(task, revised.name());
            details.put("revisedListType", revised.name());
        }
        String caseNumber = CaseVariables.CASE_NUMBER.from(task);
        details.put("reasons", reasons.strip());
        if (outcome == StatementOutcome.DROP) {
            caseFile.moveTo(caseNumber, CaseStage.NOT_LISTED);
        }
        caseFile.record(caseNumber, CaseEventKind.STATEMENT_REVIEWED, Actors.of(task),
                "陈述申辩审查 / statement reviewed: " + outcome + " — " + reasons.strip(), details);
    }
}
