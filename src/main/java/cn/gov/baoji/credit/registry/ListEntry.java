package cn.gov.baoji.credit.registry;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a list, as the registry holds it. */
public record ListEntry(String id, String listType, EntryStatus status, EntrySource source, ListedSubject subject,
                        String countyCode, String designatingAuthority, String basis, LocalDate decisionDate,
                        LocalDate validFrom, LocalDate validUntil, LocalDate repairEligibleFrom,
                        String ruleVersion, String caseNumber, String originEntryId, int version,
                        Instant createdAt, Instant updatedAt) {

    ListEntry with(EntryStatus newStatus) {
        return new ListEntry(id, listType, newStatus, source, subject, countyCode, designatingAuthority, basis,
                decisionDate, validFrom, validUntil, repairEligibleFrom, ruleVersion, caseNumber, originEntryId,
                version, createdAt, updatedAt);
    }
}
