package cn.gov.baoji.credit.adapters.notification.http;

import cn.gov.baoji.credit.adapters.AdapterMode;
import cn.gov.baoji.credit.adapters.AgencyUnavailableException;
import cn.gov.baoji.credit.adapters.OutboundCallAttempt;
import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.OutboundCallOutcome;
import cn.gov.baoji.credit.adapters.http.AgencyRestClients;
import cn.gov.baoji.credit.adapters.notification.Notification;
import cn.gov.baoji.credit.adapters.notification.NotificationPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends notifications through the city's message gateway ({@code POST /messages}, agencies/notification.yaml).
 * Any 2xx means accepted, including the answer to a repeated idempotency key. Every other status is
 * {@link AgencyUnavailableException}, 4xx included: our messages are validated before they are sent, so a
 * 4xx means a wrong configuration or contract (credentials, URL), which an operator must fix.
 */
public class HttpNotificationAdapter implements NotificationPort {

    private static final Logger log = LoggerFactory.getLogger(HttpNotificationAdapter.class);
    private static final String OPERATION = "send";

    private final RestClient gateway;
    private final OutboundCallLog calls;

    public HttpNotificationAdapter(RestClient gateway, OutboundCallLog calls) {
        this.gateway = gateway;
        this.calls = calls;
    }

    @Override
    public void send(Notification notification) {
        var attempt = new OutboundCallAttempt(AGENCY, OPERATION, notification.idempotencyKey(),
                notification.caseNumber(), AdapterMode.HTTP, notification.maskedRequest());
        if (!notification.recipient().hasContact()) {
            log.info("Case {}: {} has no phone or e-mail, {} not sent", notification.caseNumber(),
                    notification.recipient().kind(), notification.template());
            calls.record(attempt, OutboundCallOutcome.NO_CONTACT);
            return;
        }
        try {
            post(MessageRequest.of(notification));
        } catch (AgencyUnavailableException e) {
            calls.recordFailure(attempt, e);
            throw e;
        }
        calls.record(attempt, OutboundCallOutcome.SENT);
    }

    private void post(MessageRequest message) {
        try {
            gateway.post().uri("/messages")
                    .header(AgencyRestClients.IDEMPOTENCY_KEY, message.idempotencyKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(message)
                    .retrieve()
                    .onStatus(status -> !status.is2xxSuccessful(), (request, response) -> {
                        throw new AgencyUnavailableException("The message gateway answered "
                                + response.getStatusCode().value() + " for case " + message.caseNumber());
                    })
                    .toBodilessEntity();
        } catch (RestClientException e) {
            throw new AgencyUnavailableException("The message gateway could not be reached for case "
                    + message.caseNumber() + ": " + e.getMessage(), e);
        }
    }
}
