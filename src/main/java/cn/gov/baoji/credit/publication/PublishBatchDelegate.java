package cn.gov.baoji.credit.publication;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Publishes the approved batch. Each entry is read again from the registry: one that ended since it was
 * collected is not published (it was withdrawn when it ended). Runs as a job; publishing is idempotent per
 * entry, so a re-run changes nothing.
 */
@Component
class PublishBatchDelegate implements JavaDelegate {

    private final PublicationBatches batches;
    private final ListRegistry registry;
    private final WebsitePort website;
    private final Clock clock;

    PublishBatchDelegate(PublicationBatches batches, ListRegistry registry, WebsitePort website, Clock clock) {
        this.batches = batches;
        this.registry = registry;
        this.website = website;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long batchId = PublicationVariables.BATCH_ID.from(execution);
        List<PublicEntry> toPublish = new ArrayList<>();
        for (PublicationBatches.Item item : batches.items(batchId)) {
            if (item.heldBack()) {
                continue;
            }
            if (item.action() == PublicationBatches.Action.WITHDRAW) {
                website.withdraw(item.entryId(), "ENDED");
                continue;
            }
            registry.find(item.entryId()).filter(e -> e.status().listed()).map(PublicEntry::of)
                    .ifPresent(toPublish::add);
        }
        website.publish(batchId, toPublish);
        batches.published(batchId, clock.instant());
    }
}
