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
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds one member unit that its report of measures is due soon. */
@Component
class RemindMemberUnitDelegate implements JavaDelegate {

    private final NotificationPort notifications;
    private final AgencyContacts contacts;
    private final PunishmentTrail trail;

    RemindMemberUnitDelegate(NotificationPort notifications, AgencyContacts contacts, PunishmentTrail trail) {
        this.notifications = notifications;
        this.contacts = contacts;
        this.trail = trail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseVariables.CASE_NUMBER.from(execution);
        String unit = PunishmentVariables.MEMBER_UNIT.from(execution);
        String due = CaseDeadlines.lastDay(PunishmentVariables.MEASURES_DUE_AT.from(execution)).toString();
        notifications.send(new Notification(IdempotencyKeys.of(execution) + ":" + unit, caseNumber,
                contacts.recipient(unit), NotificationTemplate.MEASURES_REMINDER, Map.of("dueDate", due)));
        trail.record(caseNumber, CaseEventKind.REMINDER_SENT, Actors.of(execution),
                "已提醒 " + unit + " 反馈惩戒措施，期限 " + due + " / member unit reminded",
                Map.of("memberUnit", unit, "dueDate", due));
    }
}
