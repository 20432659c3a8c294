package cn.gov.baoji.credit.training;

import cn.gov.baoji.credit.adapters.notification.NotificationTemplate;
import cn.gov.baoji.credit.engine.IdempotencyKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Invites every subject still invited to the session (an entry that ended meanwhile is not). Runs as a job;
 * each invitation has its own key, so a retry after a failure part-way sends only what is missing.
 */
@Component
class SendTrainingInvitationsDelegate implements JavaDelegate {

    private final TrainingSessions sessions;
    private final TrainingNotices notices;

    SendTrainingInvitationsDelegate(TrainingSessions sessions, TrainingNotices notices) {
        this.sessions = sessions;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var session = sessions.find(TrainingVariables.SESSION_ID.from(execution));
        String key = IdempotencyKeys.of(execution);
        sessions.invitees(session.id()).stream().filter(o -> o.status() == TrainingStatus.INVITED)
                .forEach(o -> notices.toSubject(key, NotificationTemplate.TRAINING_INVITATION, o, session));
    }
}
