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
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The investigation is overdue: the credit office becomes a candidate of the open task (it can follow up,
 * reassign or complete it) and is told so. Adding the group twice changes nothing, so a re-run is harmless.
 */
@Component
class EscalateInvestigationDelegate implements JavaDelegate {

    static final String TASK = "investigateSubject";

    private final NotificationPort notifications;
    private final AgencyContacts contacts;
    private final CaseFile caseFile;

    EscalateInvestigationDelegate(NotificationPort notifications, AgencyContacts contacts, CaseFile caseFile) {
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
        notifications.send(new Notification(IdempotencyKeys.of(execution), caseNumber,
                contacts.recipient(Organisations.CREDIT_OFFICE),
                NotificationTemplate.INVESTIGATION_OVERDUE,
                Map.of("dueDate", CaseDeadlines.lastDay(InvestigationVariables.INVESTIGATION_DUE_AT.from(execution)).toString())));
        caseFile.record(caseNumber, CaseEventKind.ESCALATED, Actors.of(execution),
                "调查超期，已升级至市信用办 / investigation overdue: escalated to the credit office", Map.of());
    }
}
