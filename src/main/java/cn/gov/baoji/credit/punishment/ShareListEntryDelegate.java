package cn.gov.baoji.credit.punishment;

import java.util.Map;

import cn.gov.baoji.credit.adapters.listsharing.ListEntryNotice;
import cn.gov.baoji.credit.adapters.listsharing.ListSharingPort;
import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.IdempotencyKeys;
import cn.gov.baoji.credit.listing.ListingVariables;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the case's list entry to one destination (the step's input parameter {@code shareDestination}: a
 * member unit or the provincial platform). Runs as a job; the key names case, step and destination, so a
 * re-run is ignored by the receiver.
 */
@Component
class ShareListEntryDelegate implements JavaDelegate {

    private final ListSharingPort sharing;
    private final ListRegistry registry;
    private final CaseFile caseFile;

    ShareListEntryDelegate(ListSharingPort sharing, ListRegistry registry, CaseFile caseFile) {
        this.sharing = sharing;
        this.registry = registry;
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String destination = PunishmentVariables.SHARE_DESTINATION.from(execution);
        String entryId = ListingVariables.LIST_ENTRY_ID.from(execution);
        ListEntry entry = registry.find(entryId)
                .orElseThrow(() -> new IllegalStateException("No list entry " + entryId));
        sharing.share(destination, notice(entry), IdempotencyKeys.of(execution) + ":" + destination);
        caseFile.record(entry.caseNumber(), CaseEventKind.ENTRY_SHARED, Actors.of(execution),
                "名单信息已推送 " + destination + " / entry shared", Map.of("destination", destination,
                        "listEntryId", entryId));
    }

    static ListEntryNotice notice(ListEntry e) {
        return new ListEntryNotice(ListEntryNotice.NoticeKind.LISTED, e.id(), e.caseNumber(), e.listType(),
                e.subject().type(), e.subject().name(), e.subject().creditCode(), e.subject().idNumber(),
                e.subject().legalRepresentative(), e.designatingAuthority(), e.basis(), e.decisionDate(),
                e.validFrom(), e.validUntil(), e.status().name(), null);
    }
}
