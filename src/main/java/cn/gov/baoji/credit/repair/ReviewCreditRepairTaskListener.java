package cn.gov.baoji.credit.repair;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.CaseDeadlines;
import cn.gov.baoji.credit.engine.TaskInputException;
import cn.gov.baoji.credit.registry.EntryConflictException;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The county's decision, in the task's transaction: a repair takes the entry off its list (the registry then ends
 * the punishment everywhere and withdraws it from the website); either way the application is closed.
 */
@Component
class ReviewCreditRepairTaskListener implements TaskListener {

    private final ListRegistry registry;
    private final RepairApplications applications;
    private final CaseFile caseFile;
    private final Clock clock;

    ReviewCreditRepairTaskListener(ListRegistry registry, RepairApplications applications, CaseFile caseFile,
                                   Clock clock) {
        this.registry = registry;
        this.applications = applications;
        this.caseFile = caseFile;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        RepairOutcome outcome = TaskInputException.oneOf(RepairOutcome.class, RepairVariables.REPAIR_OUTCOME.name(),
                RepairVariables.REPAIR_OUTCOME.from(task));
        String reasons = RepairVariables.REPAIR_REASONS.from(task);
        TaskInputException.require(reasons != null && reasons.strip().length() >= 5 && reasons.length() <= 2000,
                RepairVariables.REPAIR_REASONS.name(), "请说明理由（5至2000字）/ give the reasons (5 to 2000 characters)");
        String applicationId = RepairVariables.REPAIR_APPLICATION_ID.from(task);
        String entryId = RepairVariables.LIST_ENTRY_ID.from(task);
        String actor = Actors.of(task);
        if (outcome == RepairOutcome.REPAIRED) {
            try {
                registry.repair(entryId, LocalDate.ofInstant(clock.instant(), CaseDeadlines.BAOJI), actor,
                        "信用修复 / credit repaired: " + reasons.strip());
            } catch (EntryConflictException e) {
                throw new TaskInputException(RepairVariables.REPAIR_OUTCOME.name(),
                        "该名单当前不能修复，请选择不予修复并说明 / the entry cannot be repaired now: " + e.getMessage());
            }
        }
        if (!applications.decide(applicationId, outcome, actor, clock.instant(), reasons.strip())) {
            throw new IllegalStateException("Repair application " + applicationId + " was already decided");
        }
        String caseNumber = registry.find(entryId).map(ListEntry::caseNumber).orElse(null);
        if (caseNumber != null) {
            caseFile.record(caseNumber, CaseEventKind.REPAIR_DECIDED, actor,
                    "信用修复申请办结：" + outcome.chinese() + " / credit repair " + outcome,
                    Map.of("repairApplicationId", applicationId, "outcome", outcome.name()));
        }
    }
}
