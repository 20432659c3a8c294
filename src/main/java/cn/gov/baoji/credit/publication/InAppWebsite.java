package cn.gov.baoji.credit.publication;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

/** The public pages of this application as the website: publishing writes the published copy they read. */
@Component
class InAppWebsite implements WebsitePort {

    private final PublicListing listing;
    private final Clock clock;

    InAppWebsite(PublicListing listing, Clock clock) {
        this.listing = listing;
        this.clock = clock;
    }

    @Override
    public void publish(long batchId, List<PublicEntry> entries) {
        entries.forEach(entry -> listing.publish(entry, batchId, clock.instant()));
    }

    @Override
    public void withdraw(String entryId, String reason) {
        listing.withdraw(entryId, reason, clock.instant());
    }
}
