package cn.gov.baoji.credit.listing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.gov.baoji.credit.designation.DesignationVariables;
import cn.gov.baoji.credit.api.Problems;
import cn.gov.baoji.credit.api.StateConflictException;
import cn.gov.baoji.credit.api.ResourceNotFoundException;
import cn.gov.baoji.credit.casefile.CaseAccessPolicy;
import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.CaseStage;
import cn.gov.baoji.credit.casefile.CaseSummary;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.engine.CaseDeadlines;
import cn.gov.baoji.credit.engine.CaseWorkflow;
import cn.gov.baoji.credit.registry.EntryConflictException;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import cn.gov.baoji.credit.security.Caller;
import cn.gov.baoji.credit.shared.CaseNumber;
import cn.gov.baoji.credit.shared.PersonNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the subject may say: a statement while the statement window is open, an objection while it is listed.
 * Each is recorded, and opens the county's review, in one transaction.
 */
@Service
class DueProcess {

    private final CaseFile caseFile;
    private final CaseAccessPolicy access;
    private final CaseWorkflow workflow;
    private final ListRegistry registry;
    private final Clock clock;

    DueProcess(CaseFile caseFile, CaseAccessPolicy access, CaseWorkflow workflow, ListRegistry registry, Clock clock) {
        this.caseFile = caseFile;
        this.access = access;
        this.workflow = workflow;
        this.registry = registry;
        this.clock = clock;
    }

    @Transactional
    public CaseStage statement(String caseNumber, DueProcessRequests.Statement request, Caller caller) {
        CaseSummary c = actionableCase(caseNumber, caller);
        LocalDate receivedOn = request.receivedOn() == null ? today() : request.receivedOn();
        Map<String, Object> variables = Map.of(
                ListingVariables.STATEMENT_TEXT.name(), request.statement().strip(),
                ListingVariables.STATEMENT_RECEIVED_ON.name(), receivedOn.toString());
        if (!workflow.correlate(ListingMessages.STATEMENT_RECEIVED, c.caseNumber(), variables)) {
            throw new StateConflictException(Problems.NOT_AWAITING_STATEMENT, "Case " + caseNumber
                    + " is not waiting for a statement: the statement window is closed or no prior notice was served.");
        }
        caseFile.record(c.caseNumber(), CaseEventKind.STATEMENT_RECEIVED, caller.userId(),
                "收到当事人陈述申辩（" + receivedOn + "）/ statement received", Map.of("receivedOn", receivedOn.toString()));
        caseFile.moveTo(c.caseNumber(), CaseStage.STATEMENT_REVIEW);
        return CaseStage.STATEMENT_REVIEW;
    }

    @Transactional
    public ListEntry objection(String caseNumber, DueProcessRequests.Objection request, Caller caller) {
        CaseSummary c = actionableCase(caseNumber, caller);
        ListEntry entry = registry.ofCase(c.caseNumber()).stream()
                .filter(e -> e.status().listed())
                .findFirst()
                .orElseThrow(() -> new StateConflictException(Problems.NOT_LISTED,
                        "Case " + caseNumber + " has no entry on a list that could be objected to."));
        LocalDate receivedOn = request.receivedOn() == null ? today() : request.receivedOn();
        ListEntry disputed;
        try {
            disputed = registry.dispute(entry.id(), caller.userId(), "当事人提出异议 / objection: " + request.reason().strip());
        } catch (EntryConflictException e) {
            throw new StateConflictException(Problems.NOT_LISTED, e.getMessage());
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_NUMBER.name(), c.caseNumber());
        variables.put(CaseVariables.COUNTY_CODE.name(), c.countyCode());
        variables.put(CaseVariables.SUBJECT_NAME.name(), "NATURAL_PERSON".equals(c.subjectType())
                ? PersonNames.mask(c.subjectName()) : c.subjectName());
        variables.put(ListingVariables.LIST_ENTRY_ID.name(), entry.id());
        variables.put("listType", entry.listType());
        variables.put(ListingVariables.OBJECTION_TEXT.name(), request.reason().strip());
        variables.put(DesignationVariables.SERVICE_PHONE.name(), request.contactPhone());
        variables.put(DesignationVariables.SERVICE_EMAIL.name(), request.contactEmail());
        workflow.startProcess(ListingMessages.OBJECTION_PROCESS, c.caseNumber(), variables);
        caseFile.record(c.caseNumber(), CaseEventKind.OBJECTION_FILED, caller.userId(),
                "当事人提出异议（" + receivedOn + "），名单状态为异议中 / objection filed, entry disputed",
                Map.of("listEntryId", entry.id(), "receivedOn", receivedOn.toString()));
        return disputed;
    }

    private CaseSummary actionableCase(String caseNumber, Caller caller) {
        if (!CaseNumber.isValid(caseNumber)) {
            throw new cn.gov.baoji.credit.api.InvalidRequestException("caseNumber", "format",
                    "must look like BJDS-2026-000123");
        }
        return caseFile.find(caseNumber)
                .filter(c -> access.mayAddEvidence(caller, c))
                .orElseThrow(() -> new ResourceNotFoundException("No case " + caseNumber + " that you may act on."));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CaseDeadlines.BAOJI);
    }
}
