package cn.gov.baoji.credit.repair;

import java.util.Map;

import cn.gov.baoji.credit.adapters.notification.Notification;
import cn.gov.baoji.credit.adapters.notification.NotificationPort;
import cn.gov.baoji.credit.adapters.notification.NotificationTemplate;
import cn.gov.baoji.credit.adapters.notification.Recipient;
import cn.gov.baoji.credit.adapters.notification.RecipientKind;
import cn.gov.baoji.credit.engine.IdempotencyKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves the decision on the applicant, at the contact it gave (kept in the application, not the process). */
@Component
class ServeRepairDecisionDelegate implements JavaDelegate {

    private final RepairApplications applications;
    private final NotificationPort notifications;

    ServeRepairDecisionDelegate(RepairApplications applications, NotificationPort notifications) {
        this.applications = applications;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = RepairVariables.REPAIR_APPLICATION_ID.from(execution);
        RepairApplication application = applications.find(id)
                .orElseThrow(() -> new IllegalStateException("No repair application " + id));
        RepairOutcome outcome = RepairOutcome.valueOf(application.status().name());
        notifications.send(new Notification(IdempotencyKeys.of(execution), (String) execution.getVariable("caseNumber"),
                new Recipient(RecipientKind.SUBJECT, application.applicantName(), application.contactPhone(),
                        application.contactEmail()),
                NotificationTemplate.REPAIR_DECIDED, Map.of("applicantName", application.applicantName(),
                        "listName", RepairVariables.LIST_NAME.from(execution), "applicationNumber", id,
                        "outcome", outcome.chinese() + "。理由：" + application.decisionReasons())));
    }
}
