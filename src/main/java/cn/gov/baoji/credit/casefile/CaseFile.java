package cn.gov.baoji.credit.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.baoji.credit.calendar.WorkingDayCalendar;
import cn.gov.baoji.credit.shared.CaseNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case file's API for the other modules: open a case, move it along, record what was decided. Every
 * call joins the caller's transaction, so a case never records a step that the engine rolled back.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CaseFile {

    static final ZoneId BAOJI = ZoneId.of("Asia/Shanghai");

    private final CaseFileRepository repository;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CaseFile(CaseFileRepository repository, WorkingDayCalendar calendar, Clock clock) {
        this.repository = repository;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A new case number; numbers are never reused, a rolled-back intake leaves a gap. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public CaseNumber nextCaseNumber() {
        return CaseNumber.of(clock.instant().atZone(BAOJI).getYear(), repository.nextSequence());
    }

    public void open(NewCase newCase) {
        Instant now = clock.instant();
        repository.insert(newCase, CaseStage.TRIAGE, now);
        record(newCase.caseNumber(), CaseEventKind.RECEIVED, newCase.submittedBy(),
                "投诉已受理登记 / complaint received via " + newCase.channel(), Map.of("channel", newCase.channel()));
    }

    public void attachProcess(String caseNumber, String processInstanceId) {
        change(caseNumber, "process_instance_id", processInstanceId);
    }

    public void moveTo(String caseNumber, CaseStage stage) {
        change(caseNumber, "stage", stage.name());
    }

    public void routeTo(String caseNumber, String countyCode) {
        change(caseNumber, "county_code", countyCode);
    }

    public void registrationChecked(String caseNumber, String registrationStatus) {
        change(caseNumber, "registration_status", registrationStatus);
    }

    public void designated(String caseNumber, String listType) {
        change(caseNumber, "list_type", listType);
        change(caseNumber, "stage", CaseStage.DESIGNATED.name());
    }

    /** Starts the case's handling clock: the case should be decided by that working day. */
    public void startHandlingClock(String caseNumber, LocalDate dueOn) {
        change(caseNumber, "handling_due_on", dueOn);
    }

    /** Suspends the handling clock while the case waits on the subject; a second pause changes nothing. */
    public void pauseClock(String caseNumber, String actor) {
        CaseSummary c = find(caseNumber).orElseThrow(() -> new IllegalStateException("No case " + caseNumber));
        if (c.handlingDueOn() == null || c.clockPausedOn() != null) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), BAOJI);
        change(caseNumber, "clock_paused_on", today);
        record(caseNumber, CaseEventKind.CLOCK_PAUSED, actor, "办理期限中止（等待当事人陈述申辩）/ clock suspended",
                Map.of("pausedOn", today.toString()));
    }

    /**
     * Restarts a suspended clock: the handling deadline moves later by the working days it was suspended (the
     * day it restarts counts again).
     */
    public void resumeClock(String caseNumber, String actor) {
        CaseSummary c = find(caseNumber).orElseThrow(() -> new IllegalStateException("No case " + caseNumber));
        if (c.clockPausedOn() == null) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), BAOJI);
        LocalDate newDue = calendar.extendBy(c.handlingDueOn(), c.clockPausedOn(), today);
        change(caseNumber, "handling_due_on", newDue);
        change(caseNumber, "clock_paused_on", null);
        record(caseNumber, CaseEventKind.CLOCK_RESUMED, actor, "办理期限恢复计算，顺延至 " + newDue
                        + " / clock resumed, due " + newDue,
                Map.of("pausedOn", c.clockPausedOn().toString(), "resumedOn", today.toString(),
                        "handlingDueOn", newDue.toString()));
    }

    public void record(String caseNumber, CaseEventKind kind, String actor, String summary,
                       Map<String, Object> details) {
        repository.insertEvent(caseNumber, new CaseEvent(clock.instant(), kind, actor, summary, details));
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<CaseSummary> find(String caseNumber) {
        return repository.find(caseNumber);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    CasePage search(CaseQuery query, CaseVisibility visibility) {
        return repository.search(query, visibility);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<CaseEvent> timeline(String caseNumber) {
        return repository.events(caseNumber);
    }

    private void change(String caseNumber, String column, Object value) {
        if (repository.update(caseNumber, column, value, clock.instant()) != 1) {
            throw new IllegalStateException("No case " + caseNumber + " in the case file");
        }
    }
}
