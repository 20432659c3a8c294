package cn.gov.baoji.credit.publication;

import cn.gov.baoji.credit.registry.EntryChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An entry that expired or was removed leaves the website at once, in the transaction that ended it, without
 * waiting for the next batch: a listing the law no longer allows must not stay visible for a week.
 */
@Component
class WithdrawEndedEntries {

    private final WebsitePort website;

    WithdrawEndedEntries(WebsitePort website) {
        this.website = website;
    }

    @EventListener
    void on(EntryChanged change) {
        if (!change.status().listed()) {
            website.withdraw(change.entryId(), change.kind().name());
        }
    }
}
