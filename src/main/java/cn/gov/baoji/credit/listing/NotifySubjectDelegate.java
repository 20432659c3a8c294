package cn.gov.baoji.credit.listing;

import java.util.Map;

import cn.gov.baoji.credit.adapters.notification.NotificationTemplate;
import cn.gov.baoji.credit.casefile.CaseVariables;
import cn.gov.baoji.credit.designation.DesignationVariables;
import cn.gov.baoji.credit.designation.ListType;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Serves the subject a decision: the listing decision with the credit-repair notice, the decision not to list
 * after its statement, or the answer to its objection. Which one is the step's input parameter
 * {@code subjectNotice}. Runs as a job; the idempotency key makes a re-run harmless.
 */
@Component
class NotifySubjectDelegate implements JavaDelegate {

    private final SubjectNotices notices;
    private final ListRegistry registry;
    private final DesignatingAuthority authority;

    NotifySubjectDelegate(SubjectNotices notices, ListRegistry registry, DesignatingAuthority authority) {
        this.notices = notices;
        this.registry = registry;
        this.authority = authority;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NotificationTemplate template = NotificationTemplate.valueOf(ListingVariables.SUBJECT_NOTICE.from(execution));
        String subjectName = CaseVariables.SUBJECT_NAME.from(execution);
        Map<String, String> parameters = switch (template) {
            case LISTING_DECISION -> {
                ListEntry entry = entry(execution);
                yield Map.of("subjectName", subjectName,
                        "listName", ListType.valueOf(entry.listType()).chineseName(),
                        "validFrom", entry.validFrom().toString(),
                        "validUntil", entry.validUntil().toString(),
                        "repairEligibleFrom", entry.repairEligibleFrom().toString(),
                        "authority", authority.of(CaseVariables.COUNTY_CODE.from(execution)));
            }
            case LISTING_DROPPED -> Map.of("subjectName", subjectName);
            case OBJECTION_DECIDED -> Map.of("subjectName", subjectName, "outcome",
                    ObjectionOutcome.valueOf(ListingVariables.OBJECTION_OUTCOME.from(execution)).chinese() + "。理由："
                            + ListingVariables.OBJECTION_REASONS.from(execution));
            default -> throw new IllegalStateException("Not a decision served on the subject: " + template
                    + " (list type " + DesignationVariables.LIST_TYPE.from(execution) + ")");
        };
        notices.send(execution, template, parameters);
    }

    private ListEntry entry(DelegateExecution execution) {
        String id = ListingVariables.LIST_ENTRY_ID.from(execution);
        return registry.find(id).orElseThrow(() -> new IllegalStateException("No list entry " + id));
    }
}
