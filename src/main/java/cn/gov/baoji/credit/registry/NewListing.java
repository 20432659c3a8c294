package cn.gov.baoji.credit.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A designation to enter in the registry. The validity and the earliest repair date come from decision
 * {@code listingPeriod}; the registry only guarantees that a re-designation never shortens a listing.
 */
public record NewListing(ListedSubject subject, String listType, EntrySource source, String countyCode,
                         String designatingAuthority, String basis, LocalDate decisionDate, LocalDate validUntil,
                         LocalDate repairEligibleFrom, String ruleVersion, String caseNumber, String originEntryId) {

    public NewListing {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(listType, "listType");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(designatingAuthority, "designatingAuthority");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(repairEligibleFrom, "repairEligibleFrom");
        if (validUntil.isBefore(decisionDate)) {
            throw new IllegalArgumentException("validUntil " + validUntil + " is before the decision " + decisionDate);
        }
    }
}
