package cn.gov.baoji.credit.adapters.notification;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code baoji.agency-contacts.<group>.phone|email}: where reminders and escalations for an organisation go.
 * An organisation without a contact still gets the task in Tasklist; the notification is recorded as
 * having had no address.
 */
@ConfigurationProperties("baoji")
public record AgencyContacts(Map<String, Contact> agencyContacts) {

    public AgencyContacts {
        agencyContacts = agencyContacts == null ? Map.of() : Map.copyOf(agencyContacts);
    }

    /** The organisation as the recipient of a notification, with whatever contact is configured. */
    public Recipient recipient(String groupId) {
        Contact contact = agencyContacts.getOrDefault(groupId, new Contact(null, null));
        return new Recipient(RecipientKind.AGENCY, groupId, contact.phone(), contact.email());
    }

    public record Contact(String phone, String email) {
    }
}
