package cn.gov.baoji.credit.adapters.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A message to send for a case. {@code idempotencyKey} identifies this one message: a job that runs again
 * sends the same key, and the message goes out once. A good key is the process instance id with the
 * activity id, e.g. {@code 4711:NotifyReporterRejected}. Every parameter the template needs must be given.
 */
public record Notification(String idempotencyKey, String caseNumber, Recipient recipient,
                           NotificationTemplate template, Map<String, String> parameters) {

    public Notification {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(template, "template");
        parameters = Map.copyOf(parameters);
        var missing = new TreeSet<>(template.requiredParameters());
        missing.removeAll(parameters.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Template " + template + " needs the parameters " + missing);
        }
    }

    /** The text the recipient reads. */
    public String text() {
        return template.render(caseNumber, parameters);
    }

    /**
     * What the outbound call log keeps of this notification: template, recipient kind, masked phone and
     * e-mail, and the parameter names (their values may name people, so they are left out).
     */
    public Map<String, Object> maskedRequest() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("template", template.name());
        request.put("recipientKind", recipient.kind().name());
        if (recipient.phone() != null) {
            request.put("phone", recipient.maskedPhone());
        }
        if (recipient.email() != null) {
            request.put("email", recipient.maskedEmail());
        }
        request.put("parameters", new TreeSet<>(parameters.keySet()));
        return request;
    }
}
