package cn.gov.baoji.credit.intake;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.baoji.credit.api.FieldProblem;
import cn.gov.baoji.credit.api.InvalidRequestException;
import cn.gov.baoji.credit.api.Problems;
import cn.gov.baoji.credit.api.RequestConflictException;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.CaseSummary;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.casefile.NewCase;
import cn.gov.baoji.credit.designation.ListType;
import cn.gov.baoji.credit.engine.CaseWorkflow;
import cn.gov.baoji.credit.reference.DistrictDirectory;
import cn.gov.baoji.credit.reference.Jurisdiction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers complaints. The complaint row, the case file and the process start commit in one transaction (the
 * caller's, when it has one): there is never a case without a process or a process without a case. A repeated
 * idempotency key returns the case it created the first time, even when both requests arrive at once.
 */
@Service
public class IntakeService {

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

    private final ComplaintRepository complaints;
    private final ComplaintRules rules;
    private final ComplaintFingerprints fingerprints;
    private final CaseFile caseFile;
    private final CaseWorkflow workflow;
    private final TransactionTemplate transaction;
    private final DistrictDirectory districts;
    private final Clock clock;

    IntakeService(ComplaintRepository complaints, ComplaintRules rules, ComplaintFingerprints fingerprints,
                  CaseFile caseFile, CaseWorkflow workflow, TransactionTemplate transaction,
                  DistrictDirectory districts, Clock clock) {
        this.districts = districts;
        this.complaints = complaints;
        this.rules = rules;
        this.fingerprints = fingerprints;
        this.caseFile = caseFile;
        this.workflow = workflow;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Checks a complaint by every rule of the intake without registering it.
     *
     * @throws InvalidRequestException listing every problem, fields named as in the JSON body
     *                                 ({@code subject.creditCode})
     */
    public void check(SubmitComplaintRequest request) {
        rules.check(request);
    }

    /**
     * The one way in for a complaint from outside the engine (REST, the public portal): checks it by every rule,
     * registers it and starts its case, or returns the case an earlier identical request with the same key made.
     * Joins the caller's transaction; a concurrent request with the same key then fails the whole transaction
     * with {@link DuplicateKeyException}, and a retry finds the case the other request made.
     *
     * @param submittedBy    the user (or fixed client id) that registers it; keys are scoped to it
     * @param idempotencyKey null for none
     * @throws InvalidRequestException   listing every problem
     * @throws RequestConflictException  when the key was used for a different complaint
     */
    public Submission submit(SubmitComplaintRequest request, String submittedBy, String idempotencyKey) {
        Complaint complaint = rules.check(request);
        String fingerprint = fingerprints.of(request);
        if (idempotencyKey != null) {
            Optional<Submission> earlier = earlier(submittedBy, idempotencyKey, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return transaction.execute(status -> register(complaint, submittedBy, idempotencyKey, fingerprint));
        } catch (DuplicateKeyException concurrentDuplicate) {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                throw concurrentDuplicate; // the caller's transaction is lost; it may retry and find the case
            }
            return earlier(submittedBy, idempotencyKey, fingerprint).orElseThrow(() -> concurrentDuplicate);
        }
    }

    /**
     * An association's designation proposal: checked like a complaint (fields {@code association.*} and
     * {@code grounds} instead of {@code reporter.*} and {@code description}) plus the criteria, registered as a
     * case of channel ASSOCIATION that skips triage and the investigation. The subject must be registered in a
     * Baoji county (whose working group designates) or outside Baoji (transferred). Idempotent like
     * {@link #submit}.
     */
    public Submission propose(DesignationProposalRequest proposal, String submittedBy, String idempotencyKey) {
        Set<FieldProblem> problems = new LinkedHashSet<>(rules.annotationProblems(proposal));
        Complaint complaint = null;
        try {
            complaint = rules.check(proposal.asComplaint());
        } catch (InvalidRequestException e) {
            e.problems().stream().map(IntakeService::asProposalField).forEach(problems::add);
        }
        if (complaint != null && complaint.subjectDistrictCode() != null
                && districts.classify(complaint.subjectDistrictCode()).kind() == Jurisdiction.Kind.CITY_LEVEL) {
            problems.add(new FieldProblem("subject.districtCode", "county",
                    "must name the county (区县) whose working group is to designate the subject"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(List.copyOf(problems));
        }
        Complaint checked = complaint;
        String fingerprint = fingerprints.of(proposal);
        if (idempotencyKey != null) {
            Optional<Submission> earlier = earlier(submittedBy, idempotencyKey, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Map<String, Object> proposed = new HashMap<>();
        proposed.put("factsVerified", true);
        proposed.put("fakeTransactionCount", proposal.fakeTransactionCount());
        proposed.put("amountInvolved", proposal.amountInvolved());
        proposed.put("repeatOffence", proposal.repeatOffence());
        proposed.put("organizedPlatform", proposal.organizedPlatform());
        proposed.put("proposedListType", proposal.proposedListType());
        String association = checked.reporterOrganization() != null ? checked.reporterOrganization()
                : checked.reporterName();
        proposed.put("proposingAssociation", association);
        String listName = ListType.valueOf(proposal.proposedListType()).chineseName();
        proposed.put("findings", "【" + association + " 提请认定，建议列入" + listName + "】" + checked.description());
        try {
            return transaction.execute(status -> register(checked, submittedBy, idempotencyKey, fingerprint,
                    CaseWorkflow.DESIGNATION_PROPOSED, proposed));
        } catch (DuplicateKeyException concurrentDuplicate) {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                throw concurrentDuplicate;
            }
            return earlier(submittedBy, idempotencyKey, fingerprint).orElseThrow(() -> concurrentDuplicate);
        }
    }

    private static FieldProblem asProposalField(FieldProblem p) {
        String field = p.field().startsWith("reporter.") ? "association." + p.field().substring("reporter.".length())
                : p.field().equals("description") ? "grounds" : p.field();
        return new FieldProblem(field, p.code(), p.message());
    }


    private Submission register(Complaint complaint, String submittedBy, String idempotencyKey, String fingerprint) {
        return register(complaint, submittedBy, idempotencyKey, fingerprint, CaseWorkflow.COMPLAINT_SUBMITTED,
                Map.of());
    }

    private Submission register(Complaint complaint, String submittedBy, String idempotencyKey, String fingerprint,
                                String startMessage, Map<String, Object> extraVariables) {
        String caseNumber = caseFile.nextCaseNumber().toString();
        // first, so that a concurrent duplicate fails here, before any other work
        complaints.insert(caseNumber, complaint, submittedBy, idempotencyKey, fingerprint, clock.instant());
        caseFile.open(newCase(caseNumber, complaint, submittedBy));
        Map<String, Object> variables = processVariables(caseNumber, complaint);
        variables.putAll(extraVariables);
        String processInstanceId = workflow.startCase(caseNumber, startMessage, variables);
        caseFile.attachProcess(caseNumber, processInstanceId);
        log.info("Case {} opened from a {} complaint", caseNumber, complaint.channel());
        return new Submission(caseFile.find(caseNumber).orElseThrow(), true);
    }

    /** For a case started from the Tasklist start form: the process exists, the case file does not yet. */
    void registerStartedCase(String caseNumber, String processInstanceId, Complaint complaint, String submittedBy) {
        complaints.insert(caseNumber, complaint, submittedBy, null, "tasklist", clock.instant());
        caseFile.open(newCase(caseNumber, complaint, submittedBy));
        caseFile.attachProcess(caseNumber, processInstanceId);
    }

    Optional<ReporterContact> reporterContact(String caseNumber) {
        return complaints.reporterContact(caseNumber);
    }

    /** Who the complaint is about, with the identifiers the process never holds (the ID number). */
    public Optional<ComplaintSubject> subject(String caseNumber) {
        return complaints.subject(caseNumber);
    }

    /**
     * The newest case opened from a complaint about the subject that is still open (its stage not closed), if
     * any. An enterprise is found by its credit code, a natural person by the ID number.
     */
    public Optional<String> openCaseAbout(String creditCode, String idNumber) {
        return complaints.caseNumbersAbout(creditCode, idNumber).stream()
                .filter(caseNumber -> caseFile.find(caseNumber).filter(c -> !c.stage().closed()).isPresent())
                .findFirst();
    }

    static Map<String, Object> processVariables(String caseNumber, Complaint complaint) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_NUMBER.name(), caseNumber);
        variables.put(CaseVariables.CHANNEL.name(), complaint.channel().name());
        variables.put(CaseVariables.CATEGORY.name(), complaint.category().name());
        variables.put(CaseVariables.SUBJECT_TYPE.name(), complaint.subjectType().name());
        variables.put(CaseVariables.SUBJECT_NAME.name(), complaint.subjectNameForProcess());
        variables.put(CaseVariables.SUBJECT_CREDIT_CODE.name(), complaint.subjectCreditCode());
        variables.put(CaseVariables.SUBJECT_DISTRICT_CODE.name(), complaint.subjectDistrictCode());
        variables.put(CaseVariables.COMPLAINT_SUMMARY.name(), complaint.summary());
        return variables;
    }

    private static NewCase newCase(String caseNumber, Complaint c, String submittedBy) {
        return new NewCase(caseNumber, c.channel().name(), c.category().name(), c.subjectType().name(),
                c.subjectName(), c.subjectCreditCode(), c.subjectDistrictCode(), submittedBy);
    }

    private Optional<Submission> earlier(String submittedBy, String idempotencyKey, String fingerprint) {
        return complaints.findByKey(submittedBy, idempotencyKey).map(prior -> {
            if (!prior.fingerprint().equals(fingerprint)) {
                throw new RequestConflictException(Problems.IDEMPOTENCY_MISMATCH, "The idempotency key "
                        + "was already used for a different complaint (case " + prior.caseNumber() + ").");
            }
            return new Submission(caseFile.find(prior.caseNumber()).orElseThrow(), false);
        });
    }

    /** The case a submission led to, and whether this request created it. */
    public record Submission(CaseSummary caseSummary, boolean created) {
    }
}
