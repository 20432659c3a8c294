package cn.gov.baoji.credit.publication;

import java.util.List;

/**
 * The Credit Baoji website as the publication process sees it. The default implementation is the application's
 * own public pages ({@link InAppWebsite}); a city CMS would be another implementation of this port.
 */
public interface WebsitePort {

    /** Publishes (or republishes) the entries of an approved batch; idempotent per entry. */
    void publish(long batchId, List<PublicEntry> entries);

    /** Takes an entry off the website at once. */
    void withdraw(String entryId, String reason);
}
