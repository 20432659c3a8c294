package cn.gov.baoji.credit.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.gov.baoji.credit.designation.ListType;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Collects the registry's changes since the last batch into a new batch: listed entries to publish (new or
 * changed), ended ones to withdraw (already withdrawn at once; the batch keeps the record). Shows the approver
 * one line per entry, as the public would see it.
 */
@Component
class CollectPublicationDelegate implements JavaDelegate {

    private final ListRegistry registry;
    private final PublicationBatches batches;
    private final Clock clock;

    CollectPublicationDelegate(ListRegistry registry, PublicationBatches batches, Clock clock) {
        this.registry = registry;
        this.batches = batches;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant until = clock.instant();
        Instant since = batches.lastCollectedUntil().orElse(null);
        List<ListEntry> changed = registry.changedBetween(since, until);
        long batchId = batches.create(execution.getProcessInstanceId(), since, until, until);
        StringBuilder summary = new StringBuilder();
        for (ListEntry entry : changed) {
            boolean listed = entry.status().listed();
            batches.addItem(batchId, entry.id(), listed ? PublicationBatches.Action.PUBLISH
                    : PublicationBatches.Action.WITHDRAW);
            PublicEntry shown = PublicEntry.of(entry);
            summary.append(entry.id(), 0, 8).append("｜").append(listed ? "公示" : "撤下").append("｜")
                    .append(ListType.valueOf(entry.listType()).chineseName()).append("｜").append(shown.subjectName())
                    .append(shown.creditCode() != null ? "（" + shown.creditCode() + "）"
                            : shown.idNumberMasked() != null ? "（" + shown.idNumberMasked() + "）" : "")
                    .append("｜").append(entry.designatingAuthority()).append('\n');
        }
        PublicationVariables.BATCH_ID.set(execution, batchId);
        PublicationVariables.ITEM_COUNT.set(execution, (long) changed.size());
        PublicationVariables.BATCH_SUMMARY.set(execution, summary.isEmpty() ? "（无变化）" : summary.toString());
    }
}
