package cn.gov.baoji.credit.intake;

import java.util.Map;

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
import cn.gov.baoji.credit.triage.TriageVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the reporter why the case closed before investigation. Runs as a job: a failing notification
 * service is retried and ends in an incident; the idempotency key makes a re-run harmless.
 */
@Component
class NotifyReporterDelegate implements JavaDelegate {

    private static final Map<String, NotificationTemplate> TEMPLATES = Map.of(
            "REJECT", NotificationTemplate.COMPLAINT_REJECTED,
            "TRANSFER", NotificationTemplate.COMPLAINT_TRANSFERRED,
            "DUPLICATE", NotificationTemplate.COMPLAINT_DUPLICATE,
            TriageVariables.OUT_OF_JURISDICTION, NotificationTemplate.COMPLAINT_TRANSFERRED_OUT_OF_JURISDICTION);

    private final IntakeService intake;
    private final NotificationPort notifications;
    private final CaseFile caseFile;

    NotifyReporterDelegate(IntakeService intake, NotificationPort notifications, CaseFile caseFile) {
        this.intake = intake;
        this.notifications = notifications;
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseVariables.CASE_NUMBER.from(execution);
        String reason = TriageVariables.CLOSING_REASON.from(execution);
        NotificationTemplate template = TEMPLATES.get(reason);
        if (template == null) {
            throw new IllegalStateException("Case " + caseNumber + " closed for an unknown reason: " + reason);
        }
        ReporterContact reporter = intake.reporterContact(caseNumber)
                .orElseThrow(() -> new IllegalStateException("No complaint recorded for case " + caseNumber));
        String comment = TriageVariables.TRIAGE_COMMENT.from(execution);
        notifications.send(new Notification(IdempotencyKeys.of(execution), caseNumber,
                new Recipient(RecipientKind.REPORTER, reporter.name(), reporter.phone(), reporter.email()),
                template, parameters(template, comment, TriageVariables.DUPLICATE_OF.from(execution))));
        caseFile.record(caseNumber, CaseEventKind.REPORTER_NOTIFIED, Actors.of(execution),
                "已告知投诉人 / reporter notified: " + template, Map.of("template", template.name()));
    }

    private static Map<String, String> parameters(NotificationTemplate template, String comment, String duplicateOf) {
        return switch (template) {
            case COMPLAINT_DUPLICATE -> Map.of("originalCaseNumber", String.valueOf(duplicateOf));
            case COMPLAINT_TRANSFERRED_OUT_OF_JURISDICTION -> Map.of("destination", "其注册地信用主管部门");
            default -> Map.of("reason", comment == null ? "" : comment.strip());
        };
    }
}
