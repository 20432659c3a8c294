package cn.gov.baoji.credit.listing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.CaseStage;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.designation.DesignationVariables;
import cn.gov.baoji.credit.designation.ListType;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.CaseDeadlines;
import cn.gov.baoji.credit.intake.ComplaintSubject;
import cn.gov.baoji.credit.intake.IntakeService;
import cn.gov.baoji.credit.registry.EntrySource;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import cn.gov.baoji.credit.registry.ListedSubject;
import cn.gov.baoji.credit.registry.NewListing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Enters the subject in the registry: the validity and the earliest repair date from decision
 * {@code listingPeriod} for today's decision date, the subject's identifiers from intake (the process never
 * holds an ID number). Runs in the transaction of the step before it, so the case moves on only with its entry.
 */
@Component
class ListSubjectDelegate implements JavaDelegate {

    private final IntakeService intake;
    private final ListingPeriods periods;
    private final ListRegistry registry;
    private final DesignatingAuthority authority;
    private final CaseFile caseFile;
    private final Clock clock;

    ListSubjectDelegate(IntakeService intake, ListingPeriods periods, ListRegistry registry,
                        DesignatingAuthority authority, CaseFile caseFile, Clock clock) {
        this.intake = intake;
        this.periods = periods;
        this.registry = registry;
        this.authority = authority;
        this.caseFile = caseFile;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseVariables.CASE_NUMBER.from(execution);
        ListType listType = ListType.valueOf(DesignationVariables.LIST_TYPE.from(execution));
        ComplaintSubject subject = intake.subject(caseNumber)
                .orElseThrow(() -> new IllegalStateException("No complaint recorded for case " + caseNumber));
        LocalDate today = LocalDate.ofInstant(clock.instant(), CaseDeadlines.BAOJI);
        ListingPeriods.Period period = periods.of(listType, today);
        String countyCode = CaseVariables.COUNTY_CODE.from(execution);
        ListEntry entry = registry.list(new NewListing(
                new ListedSubject(subject.type(), subject.name(), subject.creditCode(), subject.idNumber(),
                        blankToNull(DesignationVariables.LEGAL_REPRESENTATIVE.from(execution))),
                listType.name(), EntrySource.LOCAL, countyCode, authority.of(countyCode),
                DesignationVariables.DESIGNATION_BASIS.from(execution), today, period.validUntil(today),
                period.repairEligibleFrom(today), period.ruleVersion(), caseNumber, null), Actors.of(execution));
        ListingVariables.LIST_ENTRY_ID.set(execution, entry.id());
        ListingVariables.VALID_UNTIL.set(execution, entry.validUntil().toString());
        ListingVariables.REPAIR_ELIGIBLE_FROM.set(execution, entry.repairEligibleFrom().toString());
        caseFile.designated(caseNumber, listType.name());
        caseFile.moveTo(caseNumber, CaseStage.LISTED);
        caseFile.record(caseNumber, CaseEventKind.LISTED, Actors.of(execution),
                "列入" + listType.chineseName() + "，有效期至 " + entry.validUntil() + " / listed until "
                        + entry.validUntil(),
                Map.of("listEntryId", entry.id(), "listType", listType.name(),
                        "validUntil", entry.validUntil().toString(),
                        "repairEligibleFrom", entry.repairEligibleFrom().toString(),
                        "ruleVersion", period.ruleVersion()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
