package cn.gov.baoji.credit.training;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Shows the scheduler who awaits training, longest waiting first; none ends the round. */
@Component
class CollectAwaitingSubjectsDelegate implements JavaDelegate {

    private final SessionPlanning planning;
    private final SubjectLines lines;

    CollectAwaitingSubjectsDelegate(SessionPlanning planning, SubjectLines lines) {
        this.planning = planning;
        this.lines = lines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Obligation> awaiting = planning.awaiting();
        TrainingVariables.AWAITING_COUNT.set(execution, (long) awaiting.size());
        TrainingVariables.AWAITING_SUBJECTS.set(execution, lines.of(awaiting, awaiting.size()));
    }
}
