package cn.gov.baoji.credit.investigation;

import java.util.Date;

import cn.gov.baoji.credit.engine.CaseDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Fixes the investigation's deadline and reminder once, on the way into {@code investigateSubject}, so that
 * the task's due date and both boundary timers read the same instants (timers are scheduled before the
 * task's own start listeners run, hence a listener on the incoming flow).
 */
@Component
class ScheduleInvestigationExecutionListener implements ExecutionListener {

    private final CaseDeadlines deadlines;

    ScheduleInvestigationExecutionListener(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Date due = deadlines.due("investigation");
        InvestigationVariables.INVESTIGATION_DUE_AT.set(execution, due);
        InvestigationVariables.INVESTIGATION_REMINDER_AT.set(execution, deadlines.reminderBefore(due));
    }
}
