package cn.gov.baoji.credit.repair;

import java.util.Map;

import cn.gov.baoji.credit.adapters.notification.AgencyContacts;
import cn.gov.baoji.credit.adapters.notification.Notification;
import cn.gov.baoji.credit.adapters.notification.NotificationPort;
import cn.gov.baoji.credit.adapters.notification.NotificationTemplate;
import cn.gov.baoji.credit.engine.CaseDeadlines;
import cn.gov.baoji.credit.engine.IdempotencyKeys;
import cn.gov.baoji.credit.security.Organisations;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The review is late: the credit office may take the task, and is told. */
@Component
class EscalateRepairReviewDelegate implements JavaDelegate {

    static final String TASK = "reviewCreditRepair";

    private final NotificationPort notifications;
    private final AgencyContacts contacts;

    EscalateRepairReviewDelegate(NotificationPort notifications, AgencyContacts contacts) {
        this.notifications = notifications;
        this.contacts = contacts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TASK).list()
                .forEach(task -> tasks.addCandidateGroup(task.getId(), Organisations.CREDIT_OFFICE));
        String due = CaseDeadlines.lastDay(RepairVariables.REPAIR_DUE_AT.from(execution)).toString();
        notifications.send(new Notification(IdempotencyKeys.of(execution), (String) execution.getVariable("caseNumber"),
                contacts.recipient(Organisations.CREDIT_OFFICE), NotificationTemplate.REPAIR_OVERDUE,
                Map.of("dueDate", due, "applicationNumber", RepairVariables.REPAIR_APPLICATION_ID.from(execution))));
    }
}
