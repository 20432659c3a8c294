package cn.gov.baoji.credit.repair;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.baoji.credit.api.FieldProblem;
import cn.gov.baoji.credit.api.InvalidRequestException;
import cn.gov.baoji.credit.api.ResourceNotFoundException;
import cn.gov.baoji.credit.api.StateConflictException;
import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.EvidenceFile;
import cn.gov.baoji.credit.designation.ListType;
import cn.gov.baoji.credit.engine.CaseDeadlines;
import cn.gov.baoji.credit.engine.CaseWorkflow;
import cn.gov.baoji.credit.registry.EntryStatus;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import cn.gov.baoji.credit.security.Organisations;
import cn.gov.baoji.credit.shared.PersonNames;
import cn.gov.baoji.credit.training.TrainingRecords;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way in for a credit repair application (the API and the public page): checks it, stores it with its
 * evidence and starts {@code creditRepair}, all in one transaction, so an application either is under review or
 * was never taken.
 */
@Service
public class CreditRepair {

    static final String PROCESS = "creditRepair";
    /** 409: the entry cannot be repaired now (not yet eligible, not active, or an application is open). */
    public static final String NOT_YET_ELIGIBLE = "repair-not-yet-eligible";
    public static final String NOT_REPAIRABLE = "repair-not-possible";
    public static final String ALREADY_OPEN = "repair-already-open";
    public static final int MAX_EVIDENCE_FILES = 5;

    private final ListRegistry registry;
    private final RepairApplications applications;
    private final CaseWorkflow workflow;
    private final CaseFile caseFile;
    private final TrainingRecords training;
    private final Clock clock;

    CreditRepair(ListRegistry registry, RepairApplications applications, CaseWorkflow workflow, CaseFile caseFile,
                 TrainingRecords training, Clock clock) {
        this.training = training;
        this.registry = registry;
        this.applications = applications;
        this.workflow = workflow;
        this.caseFile = caseFile;
        this.clock = clock;
    }

    /**
     * Takes an application for the entry. Throws {@link ResourceNotFoundException} for an unknown entry,
     * {@link InvalidRequestException} for a subject that is not the listed one or unusable evidence, and
     * {@link StateConflictException} when the entry cannot be repaired now.
     */
    @Transactional
    public RepairApplication apply(String entryId, RepairRequest request, List<EvidenceFile> evidence,
                                   RepairApplication.Channel channel, String submittedBy) {
        ListEntry entry = registry.find(entryId)
                .orElseThrow(() -> new ResourceNotFoundException("No list entry " + entryId));
        List<FieldProblem> problems = new ArrayList<>();
        if (!names(entry, request.subjectIdentifier())) {
            problems.add(new FieldProblem("subjectIdentifier", "mismatch",
                    "不是该名单主体的统一社会信用代码或身份证号 / not the listed subject's credit code or ID number"));
        }
        if (evidence.size() > MAX_EVIDENCE_FILES) {
            problems.add(new FieldProblem("evidence", "count", "at most " + MAX_EVIDENCE_FILES + " files"));
        }
        problems.addAll(EvidenceFile.problems(evidence));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), CaseDeadlines.BAOJI);
        if (entry.status() != EntryStatus.ACTIVE) {
            throw new StateConflictException(NOT_REPAIRABLE, entry.status() == EntryStatus.DISPUTED
                    ? "该名单正在异议审查中，请待异议办结后再申请 / the entry is under objection; apply after its answer"
                    : "该名单已不在有效期内（" + entry.status() + "）/ the entry is no longer listed");
        }
        if (today.isBefore(entry.repairEligibleFrom())) {
            throw new StateConflictException(NOT_YET_ELIGIBLE, "自 " + entry.repairEligibleFrom()
                    + " 起方可申请信用修复 / credit repair may be applied for from " + entry.repairEligibleFrom());
        }
        RepairApplication application = new RepairApplication(UUID.randomUUID().toString(), entryId,
                RepairApplication.Status.OPEN, channel, request.applicantName().strip(), blankToNull(request.contactPhone()),
                blankToNull(request.contactEmail()), request.commitment().strip(), request.penaltiesFulfilled().strip(),
                request.trainingAttended(), submittedBy, clock.instant(), null, null, null);
        try {
            applications.insert(application);
        } catch (DuplicateKeyException e) {
            throw new StateConflictException(ALREADY_OPEN,
                    "该名单已有一份信用修复申请正在审查 / an application for this entry is already under review");
        }
        evidence.forEach(file -> applications.addEvidence(application.id(), file, file.mediaType().orElseThrow()));
        Map<String, Object> variables = variables(entry, application, evidence);
        variables.put(RepairVariables.TRAINING_STATEMENT.name(), trainingStatement(entry.id(), application));
        workflow.startProcess(PROCESS, application.id(), variables);
        if (entry.caseNumber() != null) {
            caseFile.record(entry.caseNumber(), CaseEventKind.REPAIR_APPLIED, submittedBy,
                    "当事人申请信用修复 / credit repair applied for", Map.of("repairApplicationId", application.id(),
                            "listEntryId", entryId, "evidenceFiles", evidence.size()));
        }
        return application;
    }

    /**
     * Adds evidence to an application still under review; at most {@value #MAX_EVIDENCE_FILES} files in all, the
     * same file once.
     */
    @Transactional
    public List<RepairApplication.Evidence> addEvidence(String applicationId, List<EvidenceFile> evidence) {
        RepairApplication application = applications.find(applicationId)
                .orElseThrow(() -> new ResourceNotFoundException("No repair application " + applicationId));
        if (application.status() != RepairApplication.Status.OPEN) {
            throw new StateConflictException(NOT_REPAIRABLE, "The application was decided: " + application.status());
        }
        List<FieldProblem> problems = new ArrayList<>(EvidenceFile.problems(evidence));
        if (applications.evidenceOf(applicationId).size() + evidence.size() > MAX_EVIDENCE_FILES) {
            problems.add(new FieldProblem("file", "count", "at most " + MAX_EVIDENCE_FILES + " files in all"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        evidence.forEach(file -> applications.addEvidence(applicationId, file, file.mediaType().orElseThrow()));
        return applications.evidenceOf(applicationId);
    }

    @Transactional(readOnly = true)
    public Optional<RepairApplication> find(String applicationId) {
        return applications.find(applicationId);
    }

    @Transactional(readOnly = true)
    public List<RepairApplication.Evidence> evidenceOf(String applicationId) {
        return applications.evidenceOf(applicationId);
    }

    private static Map<String, Object> variables(ListEntry entry, RepairApplication application,
                                                 List<EvidenceFile> evidence) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(RepairVariables.REPAIR_APPLICATION_ID.name(), application.id());
        variables.put(RepairVariables.LIST_ENTRY_ID.name(), entry.id());
        variables.put("caseNumber", entry.caseNumber());
        variables.put(RepairVariables.REVIEWING_GROUP.name(), entry.countyCode() == null ? Organisations.CREDIT_OFFICE
                : Organisations.COUNTY_PREFIX + entry.countyCode());
        variables.put(RepairVariables.SUBJECT_NAME.name(), "NATURAL_PERSON".equals(entry.subject().type())
                ? PersonNames.mask(entry.subject().name()) : entry.subject().name());
        variables.put(RepairVariables.LIST_NAME.name(), listName(entry.listType()));
        variables.put(RepairVariables.LISTED_ON.name(), entry.decisionDate().toString());
        variables.put(RepairVariables.REPAIR_ELIGIBLE_FROM.name(), entry.repairEligibleFrom().toString());
        variables.put(RepairVariables.LISTING_BASIS.name(), entry.basis());
        variables.put(RepairVariables.COMMITMENT.name(), application.commitment());
        variables.put(RepairVariables.PENALTIES_FULFILLED.name(), application.penaltiesFulfilled());
        variables.put(RepairVariables.EVIDENCE_SUMMARY.name(), (evidence.isEmpty() ? "申请时未附材料"
                : "申请时附 " + evidence.size() + " 份材料") + "；全部材料见 GET /api/v1/repair-applications/"
                + application.id());
        return variables;
    }

    /** The applicant's word on training, beside what commerce recorded (rotational training). */
    private String trainingStatement(String entryId, RepairApplication application) {
        String declared = application.trainingAttended() ? "申请人称已参加培训" : "申请人称未参加培训";
        String recorded = training.attendance(entryId).map(a -> a.attended()
                        ? "轮训记录：已于 " + LocalDate.ofInstant(a.attendedAt(), CaseDeadlines.BAOJI) + " 参加"
                        : "轮训记录：尚未参加（缺席 " + a.missedSessions() + " 次）")
                .orElse("轮训记录：无");
        return declared + "；" + recorded;
    }

    static String listName(String listType) {
        try {
            return ListType.valueOf(listType).chineseName();
        } catch (IllegalArgumentException e) {
            return listType;
        }
    }

    private static boolean names(ListEntry entry, String identifier) {
        String given = identifier == null ? "" : identifier.strip().toUpperCase(Locale.ROOT);
        return given.equals(entry.subject().creditCode()) || given.equals(entry.subject().idNumber());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
