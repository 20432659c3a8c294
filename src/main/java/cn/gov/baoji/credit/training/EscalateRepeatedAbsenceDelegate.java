package cn.gov.baoji.credit.training;

import java.util.List;

import cn.gov.baoji.credit.engine.IdempotencyKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the credit office which absentees of the session have now missed as many sessions as the configured
 * limit ({@code baoji.training.escalate-after-missed-sessions}), in one message.
 */
@Component
class EscalateRepeatedAbsenceDelegate implements JavaDelegate {

    private final TrainingSessions sessions;
    private final SessionPlanning planning;
    private final TrainingSchedule schedule;
    private final TrainingNotices notices;

    EscalateRepeatedAbsenceDelegate(TrainingSessions sessions, SessionPlanning planning, TrainingSchedule schedule,
                                    TrainingNotices notices) {
        this.sessions = sessions;
        this.planning = planning;
        this.schedule = schedule;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var session = sessions.find(TrainingVariables.SESSION_ID.from(execution));
        List<Obligation> repeated = planning.repeatedAbsentees(sessions.absentees(session.id()).stream()
                .filter(o -> o.status() == TrainingStatus.OPEN).toList());
        if (!repeated.isEmpty()) {
            notices.escalate(IdempotencyKeys.of(execution), repeated, schedule.escalateAfterMissedSessions(), session);
        }
    }
}
