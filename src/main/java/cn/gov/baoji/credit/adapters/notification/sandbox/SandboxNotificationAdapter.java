package cn.gov.baoji.credit.adapters.notification.sandbox;

import cn.gov.baoji.credit.adapters.AdapterMode;
import cn.gov.baoji.credit.adapters.OutboundCallAttempt;
import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.OutboundCallOutcome;
import cn.gov.baoji.credit.adapters.SandboxAdapter;
import cn.gov.baoji.credit.adapters.notification.Notification;
import cn.gov.baoji.credit.adapters.notification.NotificationPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends nothing: records each notification in the outbound call log (mode {@code SANDBOX}, phone and e-mail
 * masked) as {@code SENT}, or as {@code NO_CONTACT} when the recipient has neither phone nor e-mail, and
 * returns. It never fails, so notification steps always complete in a sandboxed Tasklist walk-through; the
 * outbound call log ({@code GET /api/v1/outbound-calls}) shows what would have been sent.
 */
public class SandboxNotificationAdapter implements NotificationPort, SandboxAdapter {

    private static final Logger log = LoggerFactory.getLogger(SandboxNotificationAdapter.class);

    private final OutboundCallLog calls;

    public SandboxNotificationAdapter(OutboundCallLog calls) {
        this.calls = calls;
    }

    @Override
    public void send(Notification notification) {
        var attempt = new OutboundCallAttempt(AGENCY, "send", notification.idempotencyKey(),
                notification.caseNumber(), AdapterMode.SANDBOX, notification.maskedRequest());
        boolean reachable = notification.recipient().hasContact();
        calls.record(attempt, reachable ? OutboundCallOutcome.SENT : OutboundCallOutcome.NO_CONTACT);
        log.info("Case {}: sandbox {} {} to {}", notification.caseNumber(), reachable ? "sent" : "could not send",
                notification.template(), notification.recipient().kind());
    }

    @Override
    public String agencyName() {
        return AGENCY;
    }
}
