package cn.gov.baoji.credit.listing;

import cn.gov.baoji.credit.engine.CaseDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Fixes the objection's answer deadline (working days) before the review task and its timer are created. */
@Component
class ScheduleObjectionReviewListener implements ExecutionListener {

    private final CaseDeadlines deadlines;

    ScheduleObjectionReviewListener(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ListingVariables.OBJECTION_DUE_AT.set(execution, deadlines.due("objection"));
    }
}
