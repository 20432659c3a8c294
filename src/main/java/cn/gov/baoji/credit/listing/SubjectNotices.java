package cn.gov.baoji.credit.listing;

import java.util.Map;

import cn.gov.baoji.credit.designation.DesignationVariables;
import cn.gov.baoji.credit.adapters.notification.Notification;
import cn.gov.baoji.credit.adapters.notification.NotificationPort;
import cn.gov.baoji.credit.adapters.notification.NotificationTemplate;
import cn.gov.baoji.credit.adapters.notification.Recipient;
import cn.gov.baoji.credit.adapters.notification.RecipientKind;
import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.IdempotencyKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Sends the subject one of the due-process notices, at the address given for service, and files it. */
@Component
class SubjectNotices {

    private final NotificationPort notifications;
    private final CaseFile caseFile;

    SubjectNotices(NotificationPort notifications, CaseFile caseFile) {
        this.notifications = notifications;
        this.caseFile = caseFile;
    }

    void send(DelegateExecution execution, NotificationTemplate template, Map<String, String> parameters) {
        String caseNumber = CaseVariables.CASE_NUMBER.from(execution);
        Recipient subject = new Recipient(RecipientKind.SUBJECT, CaseVariables.SUBJECT_NAME.from(execution),
                DesignationVariables.SERVICE_PHONE.from(execution), DesignationVariables.SERVICE_EMAIL.from(execution));
        notifications.send(new Notification(IdempotencyKeys.of(execution), caseNumber, subject, template, parameters));
        caseFile.record(caseNumber, CaseEventKind.SUBJECT_NOTIFIED, Actors.of(execution),
                "已向当事人送达 / subject served: " + template, Map.of("template", template.name()));
    }
}
