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
 * changed), ended ones to withdraw (already withdrawn at once; the batch keeps the record), and the entries an
 * earlier batch held back, offered again. Shows the approver
 * one line per entry, as the public would see it.
 */
@Component
class CollectPublicationDelegate implements JavaDelegate {

    /** A process variable holds at most 4000 characters: the approver sees the first lines, the rest in the registry. */
    static final int SUMMARY_LINES = 40;

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
        List<ListEntry> changed = new java.util.ArrayList<>(registry.changedBetween(since, until));
        java.util.Set<String> collected = new java.util.HashSet<>(changed.stream().map(ListEntry::id).toList());
        for (String heldBack : batches.stillHeldBack()) {
            if (!collected.contains(heldBack)) {
                registry.find(heldBack).filter(entry -> entry.status().listed()).ifPresent(changed::add);
            }
        }
        long batchId = batches.create(execution.getProcessInstanceId(), since, until, until);
        StringBuilder summary = new StringBuilder();
        int shown = 0;
        for (ListEntry entry : changed) {
            boolean listed = entry.status().listed();
            batches.addItem(batchId, entry.id(), listed ? PublicationBatches.Action.PUBLISH
                    : PublicationBatches.Action.WITHDRAW);
            if (++shown > SUMMARY_LINES) {
                continue;
            }
            PublicEntry published = PublicEntry.of(entry);
            summary.append(entry.id(), 0, 8).append("｜").append(listed ? "公示" : "撤下").append("｜")
                    .append(ListType.valueOf(entry.listType()).chineseName()).append("｜").append(published.subjectName())
                    .append(published.creditCode() != null ? "（" + published.creditCode() + "）"
                            : published.idNumberMasked() != null ? "（" + published.idNumberMasked() + "）" : "")
                    .append("｜").append(entry.designatingAuthority()).append('\n');
        }
        if (changed.size() > SUMMARY_LINES) {
            summary.append("……其余 ").append(changed.size() - SUMMARY_LINES)
                    .append(" 条见名单库（GET /api/v1/list-entries），可按短号暂缓\n");
        }
        PublicationVariables.BATCH_ID.set(execution, batchId);
        PublicationVariables.ITEM_COUNT.set(execution, (long) changed.size());
        PublicationVariables.BATCH_SUMMARY.set(execution, summary.isEmpty() ? "（无变化）" : summary.toString());
    }
}
