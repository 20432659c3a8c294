package cn.gov.baoji.credit.alliance;

import cn.gov.baoji.credit.registry.EntryChanged;
import cn.gov.baoji.credit.registry.ListRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every change of a list entry reaches the alliance feed in the registry's own transaction: a listing, a
 * correction, an expiry or a removal is shared with the members exactly when it happens, never without it.
 */
@Component
class ListingFeedListener {

    private final ListRegistry registry;
    private final AllianceFeed feed;

    ListingFeedListener(ListRegistry registry, AllianceFeed feed) {
        this.registry = registry;
        this.feed = feed;
    }

    @EventListener
    void on(EntryChanged change) {
        registry.find(change.entryId()).ifPresent(feed::listEntryChanged);
    }
}
