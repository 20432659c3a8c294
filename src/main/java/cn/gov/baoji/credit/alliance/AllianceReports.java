package cn.gov.baoji.credit.alliance;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.gov.baoji.credit.api.FieldProblem;
import cn.gov.baoji.credit.api.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a member's batch of monitoring reports in one transaction: each valid report is stored, and the report
 * that completes a subject's cross-verification opens or joins its case in that same transaction. Reports on one
 * subject are processed one at a time (the subject row is locked), batches in the order of their subjects, so
 * that two batches never wait on each other in a circle.
 */
@Service
class AllianceReports {

    private static final Logger log = LoggerFactory.getLogger(AllianceReports.class);

    private final ReportRules rules;
    private final ReportRepository reports;
    private final AllianceMembers members;
    private final AllianceCases cases;
    private final AllianceFeed feed;
    private final TransactionTemplate savepoint;
    private final Clock clock;

    AllianceReports(ReportRules rules, ReportRepository reports, AllianceMembers members, AllianceCases cases,
                    AllianceFeed feed, TransactionTemplate transaction, Clock clock) {
        this.rules = rules;
        this.reports = reports;
        this.members = members;
        this.cases = cases;
        this.feed = feed;
        this.savepoint = new TransactionTemplate(transaction.getTransactionManager());
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    @Transactional
    SubmitReportsResponse submit(AllianceMember member, SubmitReportsRequest request) {
        List<SubmitReportsRequest.MonitoringReport> items = request.reports();
        if (items.isEmpty() || items.size() > SubmitReportsRequest.MAX_BATCH) {
            throw new InvalidRequestException("reports", "size",
                    "must hold 1 to " + SubmitReportsRequest.MAX_BATCH + " reports");
        }
        ReportResult[] results = new ReportResult[items.size()];
        Map<Integer, ReportRules.Checked> checked = IntStream.range(0, items.size()).boxed()
                .collect(Collectors.toMap(Function.identity(), i -> rules.check(items.get(i))));
        checked.forEach((i, c) -> {
            if (c.report() == null) {
                results[i] = ReportResult.rejected(i, items.get(i) == null ? null : items.get(i).referenceId(),
                        c.problems());
            }
        });
        checked.entrySet().stream().filter(e -> e.getValue().report() != null)
                .sorted(Comparator.comparing((Map.Entry<Integer, ReportRules.Checked> e) ->
                        e.getValue().report().subjectKey()).thenComparing(Map.Entry::getKey))
                .forEach(e -> results[e.getKey()] = take(member, e.getKey(), e.getValue().report()));
        return SubmitReportsResponse.of(Arrays.asList(results));
    }

    private ReportResult take(AllianceMember member, int index, Report report) {
        if (report.referenceId() != null) {
            Optional<ReportRepository.Prior> prior = reports.findByReference(member.memberId(), report.referenceId());
            if (prior.isPresent()) {
                return repeated(index, report, prior.get());
            }
        }
        Instant now = clock.instant();
        ReportRepository.Subject subject = lockSubject(report, now);
        String reportId = UUID.randomUUID().toString();
        reports.insert(reportId, member.memberId(), report, now);
        Verification verification = Verification.decide(reports.reportingMembers(report.subjectKey()),
                subject.caseNumber(), subject.caseNumber() != null ? Optional.empty()
                        : cases.openComplaintCase(report));
        if (verification.verified()) {
            verify(member, report, verification);
        }
        return new ReportResult(index, report.referenceId(), ReportResult.ReportOutcome.ACCEPTED, reportId,
                verification.verified() ? ReportStatus.VERIFIED : ReportStatus.WAITING, List.of());
    }

    private void verify(AllianceMember member, Report report, Verification verification) {
        List<ReportRepository.StoredReport> unattached = reports.unattached(report.subjectKey());
        int memberCount = reports.reportingMembers(report.subjectKey()).size();
        String caseNumber = switch (verification.outcome()) {
            case OPEN_CASE -> cases.open(member, unattached, memberCount);
            case ATTACH_TO_CASE, ATTACH_TO_OPEN_COMPLAINT -> verification.caseNumber();
            case WAIT -> throw new IllegalStateException("not verified");
        };
        for (ReportRepository.StoredReport stored : unattached) {
            cases.attach(caseNumber, stored, memberName(stored.memberId()));
            reports.attach(stored.id(), caseNumber);
        }
        if (verification.outcome() != Verification.Outcome.ATTACH_TO_CASE) {
            reports.verifySubject(report.subjectKey(), caseNumber, clock.instant());
            feed.subjectVerified(report, memberCount);
            log.info("Alliance subject cross-verified by {} member(s): case {} ({})", memberCount, caseNumber,
                    verification.outcome());
        }
    }

    /** The subject row, made on the first report; a concurrent first report made it too is no error. */
    private ReportRepository.Subject lockSubject(Report report, Instant now) {
        Optional<ReportRepository.Subject> subject = reports.lockSubject(report.subjectKey());
        if (subject.isPresent()) {
            return subject.get();
        }
        try {
            savepoint.executeWithoutResult(status -> reports.insertSubject(report, now));
        } catch (DuplicateKeyException concurrentFirstReport) {
            // rolled back to the savepoint; the other report's row is there now
        }
        return reports.lockSubject(report.subjectKey()).orElseThrow();
    }

    private ReportResult repeated(int index, Report report, ReportRepository.Prior prior) {
        if (!prior.fingerprint().equals(report.fingerprint())) {
            return ReportResult.rejected(index, report.referenceId(), List.of(new FieldProblem("referenceId",
                    "reused", "was already used for a different report (" + prior.reportId() + ")")));
        }
        return new ReportResult(index, report.referenceId(), ReportResult.ReportOutcome.DUPLICATE, prior.reportId(),
                prior.caseNumber() == null ? ReportStatus.WAITING : ReportStatus.VERIFIED, List.of());
    }

    private String memberName(String memberId) {
        return members.find(memberId).map(AllianceMember::name).orElse(memberId);
    }

    /** A page of reports for the credit office (every member) or for one member (its own). */
    @Transactional(readOnly = true)
    ReportPageResponse page(String memberId, Boolean waiting, int page, int size, boolean staff) {
        List<ReportResponse> items = reports.page(memberId, waiting, page, size).stream()
                .map(r -> ReportResponse.of(r, staff)).toList();
        return new ReportPageResponse(items, page, size, reports.count(memberId, waiting));
    }
}
