package cn.gov.baoji.credit.repair;

import cn.gov.baoji.credit.engine.CaseDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The review's deadline: {@code baoji.deadlines.working-days.repair} working days from the application. */
@Component
class ScheduleRepairReviewListener implements ExecutionListener {

    private final CaseDeadlines deadlines;

    ScheduleRepairReviewListener(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateExecution execution) {
        RepairVariables.REPAIR_DUE_AT.set(execution, deadlines.due("repair"));
    }
}
