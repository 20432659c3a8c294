package cn.gov.baoji.credit.adapters.notification.http;

import cn.gov.baoji.credit.adapters.notification.Notification;

/** The gateway's {@code POST /messages} body (agencies/notification.yaml). */
record MessageRequest(String idempotencyKey, String caseNumber, String channel, String to, String template,
                      String text) {

    /** SMS when the recipient has a phone (it is read sooner), otherwise e-mail. */
    static MessageRequest of(Notification notification) {
        var recipient = notification.recipient();
        boolean sms = recipient.phone() != null;
        return new MessageRequest(notification.idempotencyKey(), notification.caseNumber(), sms ? "SMS" : "EMAIL",
                sms ? recipient.phone() : recipient.email(), notification.template().name(), notification.text());
    }
}
