package cn.gov.baoji.credit.punishment;

import java.util.Map;

import cn.gov.baoji.credit.adapters.listsharing.ListEntryNotice;
import cn.gov.baoji.credit.adapters.listsharing.ListEntryNotice.NoticeKind;
import cn.gov.baoji.credit.adapters.listsharing.ListSharingPort;
import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.IdempotencyKeys;
import cn.gov.baoji.credit.listing.ListingVariables;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells one destination (variable {@code shareDestination}: a member unit or the provincial platform) of the
 * entry: its listing, or with {@code noticeKind} CHANGED or REMOVED its correction or end. Runs as a job; the key
 * names process, step and destination, so a re-run is ignored by the receiver. A listing that ended before its
 * turn is not shared at all, and every destination that was told is recorded, so that it alone hears of the end.
 */
@Component
class ShareListEntryDelegate implements JavaDelegate {

    private final ListSharingPort sharing;
    private final ListRegistry registry;
    private final ShareLedger shares;
    private final PunishmentTrail trail;

    ShareListEntryDelegate(ListSharingPort sharing, ListRegistry registry, ShareLedger shares, PunishmentTrail trail) {
        this.sharing = sharing;
        this.registry = registry;
        this.shares = shares;
        this.trail = trail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String destination = PunishmentVariables.SHARE_DESTINATION.from(execution);
        String entryId = ListingVariables.LIST_ENTRY_ID.from(execution);
        String kindName = PunishmentVariables.NOTICE_KIND.from(execution);
        NoticeKind kind = kindName == null ? NoticeKind.LISTED : NoticeKind.valueOf(kindName);
        ListEntry entry = registry.find(entryId)
                .orElseThrow(() -> new IllegalStateException("No list entry " + entryId));
        if (kind == NoticeKind.LISTED && !entry.status().listed()) {
            trail.record(entry.caseNumber(), CaseEventKind.ENTRY_SHARED, Actors.of(execution),
                    "名单已终止，未推送 " + destination + " / not shared: the entry is " + entry.status(),
                    Map.of("destination", destination, "listEntryId", entryId, "skipped", true));
            return;
        }
        String reason = kind == NoticeKind.LISTED ? null : PunishmentVariables.CHANGE_REASON.from(execution);
        sharing.share(destination, notice(entry, kind, reason), IdempotencyKeys.of(execution) + ":" + destination);
        if (kind == NoticeKind.LISTED) {
            shares.shared(entryId, destination);
        }
        trail.record(entry.caseNumber(), CaseEventKind.ENTRY_SHARED, Actors.of(execution),
                switch (kind) {
                    case LISTED -> "名单信息已推送 " + destination + " / entry shared";
                    case CHANGED -> "名单更正已告知 " + destination + " / correction shared";
                    case REMOVED -> "名单移出已告知 " + destination + " / end of listing shared";
                }, Map.of("destination", destination, "listEntryId", entryId, "noticeKind", kind.name()));
    }

    static ListEntryNotice notice(ListEntry e, NoticeKind kind, String reason) {
        return new ListEntryNotice(kind, e.id(), e.caseNumber(), e.listType(), e.subject().type(), e.subject().name(),
                e.subject().creditCode(), e.subject().idNumber(), e.subject().legalRepresentative(),
                e.designatingAuthority(), e.basis(), e.decisionDate(), e.validFrom(), e.validUntil(),
                e.status().name(), reason);
    }
}
