package cn.gov.baoji.credit.publication;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The credit office approves the batch, or holds single entries back: one line each, the entry's short id
 * (its first 8 characters, as shown), a colon and the reason. Every line must name an entry of the batch to be
 * published and give a reason; withdrawals cannot be held back.
 */
@Component
class ApprovePublicationTaskListener implements TaskListener {

    private static final Pattern LINE = Pattern.compile("^\\s*([0-9a-fA-F]{8})\\s*[:：]\\s*(.+?)\\s*$");

    private final PublicationBatches batches;
    private final Clock clock;

    ApprovePublicationTaskListener(PublicationBatches batches, Clock clock) {
        this.batches = batches;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String field = PublicationVariables.PUBLICATION_DECISION.name();
        PublicationDecision decision = TaskInputException.oneOf(PublicationDecision.class, field,
                PublicationVariables.PUBLICATION_DECISION.from(task));
        PublicationVariables.PUBLICATION_DECISION.set(task, decision.name());
        long batchId = PublicationVariables.BATCH_ID.from(task);
        if (decision == PublicationDecision.HOLD_BACK) {
            holdBack(batchId, PublicationVariables.HELD_BACK_ENTRIES.from(task));
        }
        batches.approved(batchId, Actors.of(task), clock.instant());
    }

    private void holdBack(long batchId, String text) {
        String field = PublicationVariables.HELD_BACK_ENTRIES.name();
        TaskInputException.require(text != null && !text.isBlank(), field,
                "请逐行填写暂不公示的条目及理由，如 “1a2b3c4d：正在复核” / one line per entry held back: id, colon, reason");
        Map<String, String> publishable = new HashMap<>();
        List<PublicationBatches.Item> items = batches.items(batchId);
        items.stream().filter(i -> i.action() == PublicationBatches.Action.PUBLISH)
                .forEach(i -> publishable.put(i.entryId().substring(0, 8).toLowerCase(java.util.Locale.ROOT), i.entryId()));
        for (String line : text.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            TaskInputException.require(m.matches(), field, "格式应为 “条目短号：理由” / expected 'short id: reason': " + line.strip());
            String entryId = publishable.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            TaskInputException.require(entryId != null, field,
                    "本批次中没有待公示的条目 " + m.group(1) + " / no entry to publish with that id in this batch");
            TaskInputException.require(m.group(2).length() <= 500, field, "理由不超过500字 / reason too long");
            batches.holdBack(batchId, entryId, m.group(2));
        }
    }
}
