package cn.gov.baoji.credit.publication;

import java.time.LocalDate;

import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListedSubject;
import cn.gov.baoji.credit.shared.ResidentIdNumber;

/**
 * An entry as the public may see it, and nothing more: a natural person's name and ID number with only the
 * first 6 and last 4 characters; an enterprise's name, credit code and legal representative. Never phone
 * numbers, addresses, the reporter, internal notes or evidence (the registry holds none of these anyway).
 */
public record PublicEntry(String entryId, String listType, String subjectType, String subjectName,
                          String idNumberMasked, String creditCode, String legalRepresentative, String countyCode,
                          String designatingAuthority, String basis, LocalDate decisionDate, LocalDate validFrom,
                          LocalDate validUntil) {

    static final String NATURAL_PERSON = "NATURAL_PERSON";

    public static PublicEntry of(ListEntry e) {
        ListedSubject s = e.subject();
        boolean person = NATURAL_PERSON.equals(s.type());
        return new PublicEntry(e.id(), e.listType(), s.type(), s.name(),
                s.idNumber() == null ? null : ResidentIdNumber.mask(s.idNumber()),
                person ? null : s.creditCode(), person ? null : s.legalRepresentative(), e.countyCode(),
                e.designatingAuthority(), e.basis(), e.decisionDate(), e.validFrom(), e.validUntil());
    }
}
