package cn.gov.baoji.credit.investigation;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code baoji.agency-contacts.<group>.phone|email}: where reminders and escalations for an organisation go.
 * An organisation without a contact still gets the task in Tasklist; the notification is recorded as
 * having had no address.
 */
@ConfigurationProperties("baoji")
record AgencyContacts(Map<String, Contact> agencyContacts) {

    AgencyContacts {
        agencyContacts = agencyContacts == null ? Map.of() : Map.copyOf(agencyContacts);
    }

    Contact of(String groupId) {
        return agencyContacts.getOrDefault(groupId, new Contact(null, null));
    }

    record Contact(String phone, String email) {
    }
}
