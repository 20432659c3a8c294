package cn.gov.baoji.credit.punishment;

import java.util.Map;

import cn.gov.baoji.credit.adapters.notification.AgencyContacts;
import cn.gov.baoji.credit.adapters.notification.Notification;
import cn.gov.baoji.credit.adapters.notification.NotificationPort;
import cn.gov.baoji.credit.adapters.notification.NotificationTemplate;
import cn.gov.baoji.credit.casefile.CaseEventKind;
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
 * A member unit has not reported its measures in time: the credit office is told, and may see and complete
 * the unit's task (it becomes a candidate group of that one task, not of the others).
 */
@Component
class EscalateMeasuresDelegate implements JavaDelegate {

    static final String TASK = "reportMeasures";

    private final NotificationPort notifications;
    private final AgencyContacts contacts;
    private final PunishmentTrail trail;

    EscalateMeasuresDelegate(NotificationPort notifications, AgencyContacts contacts, PunishmentTrail trail) {
        this.notifications = notifications;
        this.contacts = contacts;
        this.trail = trail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseVariables.CASE_NUMBER.from(execution);
        String unit = PunishmentVariables.MEMBER_UNIT.from(execution);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TASK)
                .taskCandidateGroup(unit).list()
                .forEach(task -> tasks.addCandidateGroup(task.getId(), Organisations.CREDIT_OFFICE));
        String due = CaseDeadlines.lastDay(PunishmentVariables.MEASURES_DUE_AT.from(execution)).toString();
        notifications.send(new Notification(IdempotencyKeys.of(execution) + ":" + unit, caseNumber,
                contacts.recipient(Organisations.CREDIT_OFFICE), NotificationTemplate.MEASURES_OVERDUE,
                Map.of("dueDate", due, "memberUnit", Organisations.nameOf(unit))));
        trail.record(caseNumber, CaseEventKind.ESCALATED, Actors.of(execution),
                unit + " 惩戒措施反馈超期，已升级至市信用办 / measures overdue: escalated to the credit office",
                Map.of("memberUnit", unit, "dueDate", due));
    }
}
