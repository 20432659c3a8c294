package cn.gov.baoji.credit.imports;

import java.util.List;
import java.util.Optional;

import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import org.springframework.stereotype.Component;

/**
 * Brings one checked target into the registry, idempotently on (source, origin entry id): unknown → listed;
 * listed and changed → updated; listed and the same → unchanged; withdrawn → removed (unchanged when we hold
 * nothing listed); ended here (expired, superseded, removed) → listed again only if the origin now states it
 * otherwise. Runs in the caller's transaction; a rejected row writes nothing.
 */
@Component
class TargetApplier {

    private final ListRegistry registry;

    TargetApplier(ListRegistry registry) {
        this.registry = registry;
    }

    RowOutcome apply(ImportedTarget target, String actor) {
        Optional<ListEntry> ours = registry.findByOrigin(target.source(), target.originEntryId());
        if (target.withdrawn()) {
            return withdraw(target, ours, actor);
        }
        if (ours.isEmpty()) {
            registry.list(target.listing(), actor);
            return RowOutcome.of(RowOutcome.Kind.ACCEPTED);
        }
        ListEntry entry = ours.get();
        if (!entry.subject().key().equals(target.listing().subject().key())
                || !entry.subject().type().equals(target.listing().subject().type())) {
            return RowOutcome.rejected(List.of(new RowRejection(target.row(), TargetFields.ROW,
                    "the origin entry " + target.originEntryId() + " was imported for another subject; the origin"
                            + " must withdraw it and designate the subject under a new entry id")));
        }
        if (!entry.status().listed()) {
            if (!registry.differsFromOrigin(entry, target.listing())) {
                return RowOutcome.of(RowOutcome.Kind.UNCHANGED);
            }
            registry.list(target.listing(), actor);
            return RowOutcome.of(RowOutcome.Kind.UPDATED);
        }
        ListEntry after = registry.updateFromOrigin(entry.id(), target.listing(), actor,
                "来源更新 / changed by the " + target.source() + " origin entry " + target.originEntryId());
        return RowOutcome.of(after.version() == entry.version() ? RowOutcome.Kind.UNCHANGED : RowOutcome.Kind.UPDATED);
    }

    private RowOutcome withdraw(ImportedTarget target, Optional<ListEntry> ours, String actor) {
        if (ours.isEmpty() || !ours.get().status().listed()) {
            return RowOutcome.of(RowOutcome.Kind.UNCHANGED);
        }
        registry.remove(ours.get().id(), actor, "来源撤销 / withdrawn by the " + target.source() + " origin entry "
                + target.originEntryId() + (target.withdrawalReason() == null ? "" : ": " + target.withdrawalReason()));
        return RowOutcome.of(RowOutcome.Kind.WITHDRAWN);
    }
}
