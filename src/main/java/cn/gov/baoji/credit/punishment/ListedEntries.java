package cn.gov.baoji.credit.punishment;

import cn.gov.baoji.credit.registry.ListRegistry;
import org.springframework.stereotype.Component;

/** {@code ${listedEntries.inForce(listEntryId)}}: whether an entry is still on its list when punishment starts. */
@Component("listedEntries")
public class ListedEntries {

    private final ListRegistry registry;

    ListedEntries(ListRegistry registry) {
        this.registry = registry;
    }

    public boolean inForce(String entryId) {
        return registry.find(entryId).map(entry -> entry.status().listed()).orElse(false);
    }
}
