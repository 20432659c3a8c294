package cn.gov.baoji.credit.imports;

import static cn.gov.baoji.credit.imports.TargetFields.BASIS;
import static cn.gov.baoji.credit.imports.TargetFields.CREDIT_CODE;
import static cn.gov.baoji.credit.imports.TargetFields.DECISION_DATE;
import static cn.gov.baoji.credit.imports.TargetFields.DESIGNATING_AUTHORITY;
import static cn.gov.baoji.credit.imports.TargetFields.ID_NUMBER;
import static cn.gov.baoji.credit.imports.TargetFields.LEGAL_REPRESENTATIVE;
import static cn.gov.baoji.credit.imports.TargetFields.LIST_TYPE;
import static cn.gov.baoji.credit.imports.TargetFields.NAME;
import static cn.gov.baoji.credit.imports.TargetFields.ORIGIN_ENTRY_ID;
import static cn.gov.baoji.credit.imports.TargetFields.SOURCE;
import static cn.gov.baoji.credit.imports.TargetFields.SUBJECT_TYPE;
import static cn.gov.baoji.credit.imports.TargetFields.VALID_UNTIL;
import static cn.gov.baoji.credit.imports.TargetFields.WITHDRAWAL_REASON;
import static cn.gov.baoji.credit.imports.TargetFields.WITHDRAWN;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.gov.baoji.credit.designation.ListType;
import cn.gov.baoji.credit.engine.CaseDeadlines;
import cn.gov.baoji.credit.intake.SubjectType;
import cn.gov.baoji.credit.reference.County;
import cn.gov.baoji.credit.reference.DistrictDirectory;
import cn.gov.baoji.credit.registry.EntrySource;
import cn.gov.baoji.credit.registry.ListedSubject;
import cn.gov.baoji.credit.registry.NewListing;
import cn.gov.baoji.credit.shared.CreditCode;
import cn.gov.baoji.credit.shared.InvalidIdentifierException;
import cn.gov.baoji.credit.shared.ResidentIdNumber;
import org.springframework.stereotype.Component;

/**
 * The rules of a target row, every problem of a row reported at once. Only the chaoxin blacklist is imported;
 * a natural person is identified by the resident ID number, anything else by the credit code. A withdrawal
 * needs only the origin's entry id and source. An imported entry is repaired at its origin, which then
 * withdraws it: it is not eligible for repair here before it ends.
 */
@Component
class TargetChecks {

    private static final Set<String> YES = Set.of("true", "1", "yes", "y");
    private static final Set<String> NO = Set.of("false", "0", "no", "n");

    private final DistrictDirectory districts;
    private final Clock clock;

    TargetChecks(DistrictDirectory districts, Clock clock) {
        this.districts = districts;
        this.clock = clock;
    }

    CheckedRow check(TargetRow row) {
        RowProblems p = new RowProblems(row.number());
        p.all.addAll(row.problems());
        String originEntryId = p.text(row, ORIGIN_ENTRY_ID, true, 64);
        EntrySource source = source(row, p);
        Boolean withdrawn = flag(row, p);
        String reason = p.text(row, WITHDRAWAL_REASON, false, 500);
        if (Boolean.TRUE.equals(withdrawn)) {
            return p.all.isEmpty() ? CheckedRow.accepted(new ImportedTarget(row.number(), source, originEntryId,
                    null, reason)) : CheckedRow.rejected(row.number(), p.all);
        }
        NewListing listing = listing(row, p, source, originEntryId);
        return p.all.isEmpty() ? CheckedRow.accepted(new ImportedTarget(row.number(), source, originEntryId, listing,
                reason)) : CheckedRow.rejected(row.number(), p.all);
    }

    private NewListing listing(TargetRow row, RowProblems p, EntrySource source, String originEntryId) {
        String listType = row.field(LIST_TYPE) == null ? ListType.CHAOXIN_BLACKLIST.name() : row.field(LIST_TYPE);
        if (!ListType.CHAOXIN_BLACKLIST.name().equals(listType.toUpperCase(Locale.ROOT))) {
            p.add(LIST_TYPE, "only " + ListType.CHAOXIN_BLACKLIST.name() + " targets are imported");
        }
        SubjectType type = subjectType(row, p);
        String name = p.text(row, NAME, true, 200);
        String legalRepresentative = p.text(row, LEGAL_REPRESENTATIVE, false, 100);
        String authority = p.text(row, DESIGNATING_AUTHORITY, true, 100);
        String basis = p.text(row, BASIS, true, 2000);
        LocalDate decided = p.date(row, DECISION_DATE);
        LocalDate until = p.date(row, VALID_UNTIL);
        if (decided != null && decided.isAfter(LocalDate.ofInstant(clock.instant(), CaseDeadlines.BAOJI))) {
            p.add(DECISION_DATE, "must not be in the future");
        }
        if (decided != null && until != null && until.isBefore(decided)) {
            p.add(VALID_UNTIL, "must not be before " + DECISION_DATE);
        }
        String[] identifier = type == null ? null : identifier(row, p, type);
        if (!p.all.isEmpty() || source == null || type == null || identifier == null) {
            return null;
        }
        ListedSubject subject = new ListedSubject(type.name(), name, identifier[0], identifier[1], legalRepresentative);
        String county = districts.county(identifier[2]).map(County::code).orElse(null);
        return new NewListing(subject, ListType.CHAOXIN_BLACKLIST.name(), source, county, authority, basis, decided,
                until, until, null, null, originEntryId);
    }

    /** {creditCode, idNumber, division code}, or null with the problem noted. */
    private static String[] identifier(TargetRow row, RowProblems p, SubjectType type) {
        boolean person = type == SubjectType.NATURAL_PERSON;
        String field = person ? ID_NUMBER : CREDIT_CODE;
        String raw = row.field(field);
        if (raw == null) {
            p.add(field, "is required for a subject of type " + type.name());
            return null;
        }
        try {
            if (person) {
                ResidentIdNumber id = ResidentIdNumber.of(raw);
                return new String[] {null, id.value(), id.divisionCode()};
            }
            CreditCode code = CreditCode.of(raw);
            return new String[] {code.value(), null, code.divisionCode()};
        } catch (InvalidIdentifierException e) {
            p.add(field, "is not a valid " + (person ? "resident ID number" : "unified social credit code")
                    + " (" + e.reason().name().toLowerCase(Locale.ROOT) + ")");
            return null;
        }
    }

    private static EntrySource source(TargetRow row, RowProblems p) {
        String raw = row.field(SOURCE);
        if (raw != null) {
            String value = raw.toUpperCase(Locale.ROOT);
            if (value.equals(EntrySource.NATIONAL.name()) || value.equals(EntrySource.PROVINCIAL.name())) {
                return EntrySource.valueOf(value);
            }
        }
        p.add(SOURCE, "must be NATIONAL or PROVINCIAL");
        return null;
    }

    private static SubjectType subjectType(TargetRow row, RowProblems p) {
        String raw = row.field(SUBJECT_TYPE);
        try {
            return SubjectType.valueOf(raw == null ? "" : raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            p.add(SUBJECT_TYPE, "must be one of " + List.of(SubjectType.values()));
            return null;
        }
    }

    private static Boolean flag(TargetRow row, RowProblems p) {
        String raw = row.field(WITHDRAWN);
        String value = raw == null ? "false" : raw.toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        p.add(WITHDRAWN, "must be true or false");
        return null;
    }
}
