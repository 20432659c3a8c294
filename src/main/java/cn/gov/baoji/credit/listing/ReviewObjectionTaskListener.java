package cn.gov.baoji.credit.listing;

import java.util.HashMap;
import java.util.Map;

import cn.gov.baoji.credit.casefile.CaseEventKind;
import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.designation.ListType;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.TaskInputException;
import cn.gov.baoji.credit.registry.EntryConflictException;
import cn.gov.baoji.credit.registry.EntryCorrection;
import cn.gov.baoji.credit.registry.ListRegistry;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The county's decision on an objection, applied to the registry in the task's transaction: upheld (listed
 * again as it was), corrected (list or basis changed, still listed), or removed from the list.
 */
@Component
class ReviewObjectionTaskListener implements TaskListener {

    private final ListRegistry registry;
    private final CaseFile caseFile;

    ReviewObjectionTaskListener(ListRegistry registry, CaseFile caseFile) {
        this.registry = registry;
        this.caseFile = caseFile;
    }

    @Override
    public void notify(DelegateTask task) {
        ObjectionOutcome outcome = TaskInputException.oneOf(ObjectionOutcome.class,
                ListingVariables.OBJECTION_OUTCOME.name(), ListingVariables.OBJECTION_OUTCOME.from(task));
        ListingVariables.OBJECTION_OUTCOME.set(task, outcome.name());
        String reasons = ListingVariables.OBJECTION_REASONS.from(task);
        TaskInputException.require(reasons != null && !reasons.isBlank(), ListingVariables.OBJECTION_REASONS.name(),
                "请填写异议处理理由 / reasons are required");
        String entryId = ListingVariables.LIST_ENTRY_ID.from(task);
        String actor = Actors.of(task);
        String why = outcome.chinese() + " / objection " + outcome + ": " + reasons.strip();
        Map<String, Object> details = new HashMap<>(Map.of("outcome", outcome.name(), "listEntryId", entryId));
        try {
            switch (outcome) {
                case UPHELD -> registry.uphold(entryId, actor, why);
                case REMOVED -> registry.remove(entryId, actor, why);
                case CORRECTED -> {
                    EntryCorrection correction = correction(task);
                    registry.correct(entryId, correction, actor, why);
                    if (correction.listType() != null) {
                        details.put("correctedListType", correction.listType());
                    }
                }
            }
        } catch (EntryConflictException e) {
            throw new TaskInputException(ListingVariables.OBJECTION_OUTCOME.name(), e.getMessage());
        }
        caseFile.record(CaseVariables.CASE_NUMBER.from(task), CaseEventKind.OBJECTION_DECIDED, actor,
                "异议处理 / objection decided: " + why, details);
    }

    private static EntryCorrection correction(DelegateTask task) {
        String listType = ListingVariables.CORRECTED_LIST_TYPE.from(task);
        String basis = ListingVariables.CORRECTED_BASIS.from(task);
        boolean newList = listType != null && !listType.isBlank();
        boolean newBasis = basis != null && !basis.isBlank();
        TaskInputException.require(newList || newBasis, ListingVariables.CORRECTED_BASIS.name(),
                "请填写更正内容（名单类型或认定依据）/ give the corrected list or basis");
        if (newList) {
            ListType type = TaskInputException.oneOf(ListType.class, ListingVariables.CORRECTED_LIST_TYPE.name(), listType);
            TaskInputException.require(type.listed(), ListingVariables.CORRECTED_LIST_TYPE.name(),
                    "更正后的名单必须是一种名单；不予列入请选择“移出名单” / to take the subject off, choose REMOVED");
            listType = type.name();
        }
        return new EntryCorrection(newList ? listType : null, newBasis ? basis.strip() : null, null);
    }
}
