package cn.gov.baoji.credit.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What an origin (nation, province) changed of an imported entry: field → {from, to}, empty when nothing. */
final class OriginChanges {

    private OriginChanges() {
    }

    static Map<String, Object> between(ListEntry entry, NewListing origin) {
        Map<String, Object> changes = new LinkedHashMap<>();
        compare(changes, "listType", entry.listType(), origin.listType());
        compare(changes, "name", entry.subject().name(), origin.subject().name());
        compare(changes, "legalRepresentative", entry.subject().legalRepresentative(),
                origin.subject().legalRepresentative());
        compare(changes, "countyCode", entry.countyCode(), origin.countyCode());
        compare(changes, "designatingAuthority", entry.designatingAuthority(), origin.designatingAuthority());
        compare(changes, "basis", entry.basis(), origin.basis());
        compare(changes, "decisionDate", entry.decisionDate(), origin.decisionDate());
        compare(changes, "validUntil", entry.validUntil(), origin.validUntil());
        return changes;
    }

    private static void compare(Map<String, Object> changes, String field, Object ours, Object theirs) {
        if (!Objects.equals(ours, theirs)) {
            changes.put(field, Map.of("from", String.valueOf(ours), "to", String.valueOf(theirs)));
        }
    }
}
