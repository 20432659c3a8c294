package cn.gov.baoji.credit.listing;

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
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An objection not answered in time: the credit office is told and may take the review over. */
@Component
class EscalateObjectionDelegate implements JavaDelegate {

    static final String TASK = "reviewObjection";

    private final NotificationPort notifications;
    private final AgencyContacts contacts;
    private final CaseFile caseFile;

    EscalateObjectionDelegate(NotificationPort notifications, AgencyContacts contacts, CaseFile caseFile) {
        this.notifications = notifications;
        this.contacts = contacts;
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseVariables.CASE_NUMBER.from(execution);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TASK).list()
                .forEach(task -> tasks.addCandidateGroup(task.getId(), Organisations.CREDIT_OFFICE));
        String due = CaseDeadlines.lastDay(ListingVariables.OBJECTION_DUE_AT.from(execution)).toString();
        notifications.send(new Notification(IdempotencyKeys.of(execution), caseNumber,
                contacts.recipient(Organisations.CREDIT_OFFICE), NotificationTemplate.OBJECTION_OVERDUE,
                Map.of("dueDate", due)));
        caseFile.record(caseNumber, CaseEventKind.ESCALATED, Actors.of(execution),
                "异议办理超期，已升级至市信用办 / objection review overdue: escalated to the credit office",
                Map.of("dueDate", due));
    }
}
