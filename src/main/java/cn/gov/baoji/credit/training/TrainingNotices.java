package cn.gov.baoji.credit.training;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.baoji.credit.adapters.notification.AgencyContacts;
import cn.gov.baoji.credit.adapters.notification.Notification;
import cn.gov.baoji.credit.adapters.notification.NotificationPort;
import cn.gov.baoji.credit.adapters.notification.NotificationTemplate;
import cn.gov.baoji.credit.adapters.notification.Recipient;
import cn.gov.baoji.credit.adapters.notification.RecipientKind;
import cn.gov.baoji.credit.engine.CaseDeadlines;
import cn.gov.baoji.credit.registry.ListRegistry;
import cn.gov.baoji.credit.registry.ListedSubject;
import cn.gov.baoji.credit.security.Organisations;
import org.springframework.stereotype.Component;

/**
 * The messages of a session: invitations and reminders to the subjects, at the address they were served the
 * listing at; the escalation to the credit office. A notification is filed under the listing's case number, or
 * under {@code TRAINING-<session>} for an entry without a case (imported targets).
 */
@Component
class TrainingNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final NotificationPort notifications;
    private final AgencyContacts contacts;
    private final ListRegistry registry;

    TrainingNotices(NotificationPort notifications, AgencyContacts contacts, ListRegistry registry) {
        this.notifications = notifications;
        this.contacts = contacts;
        this.registry = registry;
    }

    void toSubject(String key, NotificationTemplate template, Obligation obligation, TrainingSessions.Session session) {
        ListedSubject subject = registry.find(obligation.entryId()).orElseThrow(() ->
                new IllegalStateException("No list entry " + obligation.entryId())).subject();
        String attendee = subject.creditCode() == null ? "本人"
                : "法定代表人" + (subject.legalRepresentative() == null ? "" : subject.legalRepresentative());
        Map<String, String> parameters = template == NotificationTemplate.TRAINING_INVITATION
                ? Map.of("subjectName", subject.name(), "attendee", attendee, "sessionTime", when(session),
                        "place", session.place())
                : Map.of("subjectName", subject.name(), "attendee", attendee, "sessionTime", when(session));
        notifications.send(new Notification(key + ":" + obligation.entryId(), caseNumber(obligation, session),
                new Recipient(RecipientKind.SUBJECT, subject.name(), obligation.phone(), obligation.email()),
                template, parameters));
    }

    void escalate(String key, List<Obligation> repeated, int missedSessions, TrainingSessions.Session session) {
        String shortIds = repeated.stream().map(Obligation::shortId).collect(Collectors.joining("、"));
        notifications.send(new Notification(key, reference(session), contacts.recipient(Organisations.CREDIT_OFFICE),
                NotificationTemplate.TRAINING_ABSENCE_ESCALATED, Map.of("subjectCount", String.valueOf(repeated.size()),
                        "missedSessions", String.valueOf(missedSessions), "sessionTime", when(session),
                        "shortIds", shortIds)));
    }

    static String reference(TrainingSessions.Session session) {
        return "TRAINING-" + session.id();
    }

    private static String caseNumber(Obligation obligation, TrainingSessions.Session session) {
        return obligation.caseNumber() != null ? obligation.caseNumber() : reference(session);
    }

    private static String when(TrainingSessions.Session session) {
        return WHEN.format(session.startsAt().atZone(CaseDeadlines.BAOJI));
    }
}
