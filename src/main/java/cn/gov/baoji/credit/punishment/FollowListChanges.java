package cn.gov.baoji.credit.punishment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.baoji.credit.adapters.listsharing.ListEntryNotice.NoticeKind;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.designation.DesignationVariables;
import cn.gov.baoji.credit.engine.CaseWorkflow;
import cn.gov.baoji.credit.listing.ListingVariables;
import cn.gov.baoji.credit.registry.ChangeKind;
import cn.gov.baoji.credit.registry.EntryChanged;
import cn.gov.baoji.credit.registry.EntrySource;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the joint punishment in step with the registry, in the transaction of each change:
 * <ul>
 * <li>an entry imported from the nation or the province starts its {@code jointPunishment} at once (a Baoji
 * designation starts it from its case);</li>
 * <li>an entry that ended (expired, repaired, removed, superseded) stops its running punishment, which closes
 * the open reports, and every destination that was told of it is told of the end;</li>
 * <li>a corrected entry is sent again, as CHANGED, to every destination that was told of it.</li>
 * </ul>
 */
@Component
class FollowListChanges {

    static final String JOINT_PUNISHMENT = "jointPunishment";
    static final String CHANGE_NOTICE = "listChangeNotice";
    static final String LIST_ENTRY_ENDED = "listEntryEnded";

    private final CaseWorkflow workflow;
    private final ListRegistry registry;
    private final ShareLedger shares;

    FollowListChanges(CaseWorkflow workflow, ListRegistry registry, ShareLedger shares) {
        this.workflow = workflow;
        this.registry = registry;
        this.shares = shares;
    }

    @EventListener
    void on(EntryChanged change) {
        if (change.kind() == ChangeKind.LISTED && change.source() != EntrySource.LOCAL) {
            startPunishment(entry(change));
        } else if (!change.status().listed()) {
            workflow.correlateAll(LIST_ENTRY_ENDED, ListingVariables.LIST_ENTRY_ID.name(), change.entryId(),
                    Map.of(PunishmentVariables.CHANGE_REASON.name(), change.reason()));
            tellEveryoneTold(entry(change), NoticeKind.REMOVED, change.reason());
        } else if (change.kind() == ChangeKind.CORRECTED) {
            tellEveryoneTold(entry(change), NoticeKind.CHANGED, change.reason());
        }
    }

    private void startPunishment(ListEntry entry) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ListingVariables.LIST_ENTRY_ID.name(), entry.id());
        variables.put(DesignationVariables.LIST_TYPE.name(), entry.listType());
        variables.put(CaseVariables.SUBJECT_NAME.name(), entry.subject().name());
        variables.put(ListingVariables.VALID_UNTIL.name(), entry.validUntil().toString());
        variables.put(CaseVariables.CASE_NUMBER.name(), entry.caseNumber());
        workflow.startProcess(JOINT_PUNISHMENT, entry.id(), variables);
    }

    private void tellEveryoneTold(ListEntry entry, NoticeKind kind, String reason) {
        List<String> destinations = shares.destinationsOf(entry.id());
        if (destinations.isEmpty()) {
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ListingVariables.LIST_ENTRY_ID.name(), entry.id());
        variables.put(CaseVariables.CASE_NUMBER.name(), entry.caseNumber());
        variables.put(PunishmentVariables.NOTICE_KIND.name(), kind.name());
        variables.put(PunishmentVariables.CHANGE_REASON.name(), reason);
        variables.put("destinations", destinations);
        workflow.startProcess(CHANGE_NOTICE, entry.id(), variables);
    }

    private ListEntry entry(EntryChanged change) {
        return registry.find(change.entryId())
                .orElseThrow(() -> new IllegalStateException("No list entry " + change.entryId()));
    }
}
