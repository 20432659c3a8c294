package cn.gov.baoji.credit.investigation;

import java.util.Map;

import cn.gov.baoji.credit.adapters.notification.AgencyContacts;
import cn.gov.baoji.credit.adapters.notification.Notification;
import cn.gov.baoji.credit.adapters.notification.NotificationPort;
import cn.gov.baoji.credit.adapters.notification.NotificationTemplate;
import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.CaseDeadlines;
import cn.gov.baoji.credit.engine.IdempotencyKeys;
import cn.gov.baoji.credit.security.Organisations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the credit investigator that an investigation is due soon. */
@Component
class RemindInvestigatorDelegate implements JavaDelegate {

    private final NotificationPort notifications;
    private final AgencyContacts contacts;
    private final CaseFile caseFile;

    RemindInvestigatorDelegate(NotificationPort notifications, AgencyContacts contacts, CaseFile caseFile) {
        this.notifications = notifications;
        this.contacts = contacts;
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseVariables.CASE_NUMBER.from(execution);
        String due = CaseDeadlines.lastDay(InvestigationVariables.INVESTIGATION_DUE_AT.from(execution)).toString();
        notifications.send(new Notification(IdempotencyKeys.of(execution), caseNumber,
                contacts.recipient(Organisations.CREDIT_INVESTIGATOR), NotificationTemplate.INVESTIGATION_REMINDER,
                Map.of("dueDate", due)));
        caseFile.record(caseNumber, CaseEventKind.REMINDER_SENT, Actors.of(execution),
                "已提醒调查机构，期限 " + due + " / investigator reminded", Map.of("dueDate", due));
    }
}
