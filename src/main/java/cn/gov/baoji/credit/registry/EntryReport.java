package cn.gov.baoji.credit.registry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the national platform is told of a change of an entry. Agencies are entitled to the full identifiers;
 * this never goes to the public pages.
 */
record EntryReport(String entryId, String change, String status, String listType, String source,
                   String subjectType, String subjectName, String creditCode, String idNumber,
                   String legalRepresentative, String designatingAuthority, String basis, LocalDate decisionDate,
                   LocalDate validFrom, LocalDate validUntil, String caseNumber, String originEntryId,
                   String reason, Instant occurredAt) {

    static EntryReport of(ListEntry e, ChangeKind change, String reason, Instant now) {
        return new EntryReport(e.id(), change.name(), e.status().name(), e.listType(), e.source().name(),
                e.subject().type(), e.subject().name(), e.subject().creditCode(), e.subject().idNumber(),
                e.subject().legalRepresentative(), e.designatingAuthority(), e.basis(), e.decisionDate(),
                e.validFrom(), e.validUntil(), e.caseNumber(), e.originEntryId(), reason, now);
    }
}
