package cn.gov.baoji.credit.training;

import java.time.Clock;

import cn.gov.baoji.credit.registry.ChangeKind;
import cn.gov.baoji.credit.registry.EntryChanged;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the registry in the transaction of each change: a newly listed entry owes training (once, however
 * often the event arrives); an entry that ends has its obligation waived, with the reason, if not yet fulfilled.
 */
@Component
class RecordTrainingObligations {

    private static final Logger log = LoggerFactory.getLogger(RecordTrainingObligations.class);

    private final ListRegistry registry;
    private final TrainingObligations obligations;
    private final SubjectContacts contacts;
    private final Clock clock;

    RecordTrainingObligations(ListRegistry registry, TrainingObligations obligations, SubjectContacts contacts,
                              Clock clock) {
        this.registry = registry;
        this.obligations = obligations;
        this.contacts = contacts;
        this.clock = clock;
    }

    @EventListener
    void on(EntryChanged change) {
        if (change.kind() == ChangeKind.LISTED) {
            registry.find(change.entryId()).ifPresent(this::owe);
        } else if (!change.status().listed() && obligations.waive(change.entryId(), reason(change.kind()),
                clock.instant())) {
            log.info("Training obligation of entry {} waived: {}", change.entryId(), change.kind());
        }
    }

    private void owe(ListEntry entry) {
        if (obligations.find(entry.id()).isPresent()) {
            return;
        }
        obligations.record(entry.id(), entry.caseNumber(), entry.listType(), entry.countyCode(),
                contacts.of(entry.caseNumber()), clock.instant());
        log.info("Entry {} owes training (case {})", entry.id(), entry.caseNumber());
    }

    static String reason(ChangeKind kind) {
        return switch (kind) {
            case EXPIRED -> "名单有效期届满 / the listing expired";
            case SUPERSEDED -> "被新的认定取代，培训随新条目进行 / superseded: training is owed under the new entry";
            default -> "已移出名单 / removed from the list";
        };
    }
}
