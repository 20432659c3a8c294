package cn.gov.baoji.credit.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.EvidenceFile;
import cn.gov.baoji.credit.casefile.EvidenceStore;
import cn.gov.baoji.credit.intake.IntakeService;
import cn.gov.baoji.credit.intake.SubmitComplaintRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files a citizen's complaint: intake registers it and starts its case, the evidence is stored and the query
 * code's hash saved, all in one transaction, so a failure anywhere leaves nothing behind. Looks up the public
 * stage of a case for its case number and query code.
 */
@Service
class PortalSubmissions {

    /** Who registers portal complaints (the case file's {@code submitted_by}); not a Camunda user. */
    static final String SUBMITTED_BY = "portal";
    private static final ZoneId BAOJI = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(PortalSubmissions.class);

    private final IntakeService intake;
    private final EvidenceStore evidence;
    private final CaseFile caseFile;
    private final ReceiptRepository receipts;
    private final QueryCodes codes;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PortalSubmissions(IntakeService intake, EvidenceStore evidence, CaseFile caseFile, ReceiptRepository receipts,
                      QueryCodes codes, TransactionTemplate transaction, Clock clock) {
        this.intake = intake;
        this.evidence = evidence;
        this.caseFile = caseFile;
        this.receipts = receipts;
        this.codes = codes;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Files the complaint with its (checked) evidence. The same submission key with the same complaint again
     * (a reload, a double click) files nothing new: it answers the same case with a new query code, the
     * earlier one no longer works.
     *
     * @throws cn.gov.baoji.credit.api.InvalidRequestException  when the complaint breaks a rule
     * @throws cn.gov.baoji.credit.api.RequestConflictException when the key was used for another complaint
     */
    Receipt file(SubmitComplaintRequest complaint, List<EvidenceFile> files, String submissionKey) {
        try {
            return fileOnce(complaint, files, submissionKey);
        } catch (DuplicateKeyException concurrentDuplicate) {
            if (submissionKey == null) {
                throw concurrentDuplicate;
            }
            return fileOnce(complaint, files, submissionKey); // the other request committed: this finds its case
        }
    }

    private Receipt fileOnce(SubmitComplaintRequest complaint, List<EvidenceFile> files, String submissionKey) {
        Receipt receipt = transaction.execute(status -> {
            IntakeService.Submission submission = intake.submit(complaint, SUBMITTED_BY, submissionKey);
            String caseNumber = submission.caseSummary().caseNumber();
            for (EvidenceFile file : files) {
                evidence.add(caseNumber, file, SUBMITTED_BY);
            }
            String code = codes.next();
            receipts.save(caseNumber, codes.hash(caseNumber, code), clock.instant());
            return new Receipt(caseNumber, code, !submission.created());
        });
        log.info("Case {} filed on the portal with {} evidence file(s){}", receipt.caseNumber(), files.size(),
                receipt.repeated() ? " (repeated submission, new query code)" : "");
        return receipt;
    }

    /** A receipt that looks real but files nothing (a case number is used up, so it never names a real case). */
    Receipt decoy() {
        return new Receipt(caseFile.nextCaseNumber().toString(), codes.next(), false);
    }

    /** The stage of the case, only when the code belongs to it; unknown case and wrong code look the same. */
    Optional<PublicStatus> status(String caseNumber, String code) {
        String storedHash = receipts.codeHash(caseNumber).orElse(null);
        if (!codes.matches(caseNumber, code, storedHash)) {
            return Optional.empty();
        }
        return caseFile.find(caseNumber).map(c -> new PublicStatus(c.caseNumber(), PublicStage.of(c.stage()),
                LocalDate.ofInstant(c.updatedAt(), BAOJI)));
    }

    /** What the citizen is shown once after filing. */
    record Receipt(String caseNumber, String queryCode, boolean repeated) {
    }

    /** What the citizen may know of a case. */
    record PublicStatus(String caseNumber, PublicStage stage, LocalDate lastChangedOn) {
    }
}
