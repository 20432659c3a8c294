package cn.gov.baoji.credit.training;

import cn.gov.baoji.credit.adapters.notification.NotificationTemplate;
import cn.gov.baoji.credit.engine.IdempotencyKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds each absentee of the session it missed; it stays in the pool for the next one. */
@Component
class RemindAbsentSubjectsDelegate implements JavaDelegate {

    private final TrainingSessions sessions;
    private final TrainingNotices notices;

    RemindAbsentSubjectsDelegate(TrainingSessions sessions, TrainingNotices notices) {
        this.sessions = sessions;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var session = sessions.find(TrainingVariables.SESSION_ID.from(execution));
        String key = IdempotencyKeys.of(execution);
        sessions.absentees(session.id()).stream().filter(o -> o.status() == TrainingStatus.OPEN)
                .forEach(o -> notices.toSubject(key, NotificationTemplate.TRAINING_REMINDER, o, session));
    }
}
