package cn.gov.baoji.credit.adapters.notification;

import cn.gov.baoji.credit.adapters.AgencyUnavailableException;

/**
 * Sends notifications to reporters, subjects and agencies through the city's message gateway, by SMS when the
 * recipient has a phone, otherwise by e-mail.
 */
public interface NotificationPort {

    /** The agency's name in properties ({@code agency.notification.*}) and in the outbound call log. */
    String AGENCY = "notification";

    /**
     * Sends one notification, at most once per {@link Notification#idempotencyKey()}: calling again with the
     * same key (a job that runs again) does not send a second message, the gateway recognises the key. Every
     * call is recorded in the outbound call log.
     * <p>
     * A recipient with neither phone nor e-mail is not an error: nothing is sent, the call is recorded as
     * {@code NO_CONTACT} and the method returns normally.
     *
     * @throws AgencyUnavailableException the gateway could not be reached or did not accept the message;
     *                                    the job retries with the same key
     */
    void send(Notification notification);
}
