package cn.gov.baoji.credit.engine;

import java.util.List;
import java.util.Map;

/**
 * The few engine operations the business modules need, behind our own interface so that a move from
 * Camunda 7 to a fork such as Operaton touches one implementation, not every module.
 */
public interface CaseWorkflow {

    /** Message that starts a {@code dishonestyCase} for a complaint registered through the API. */
    String COMPLAINT_SUBMITTED = "complaintSubmitted";
    /** Message that starts a {@code dishonestyCase} for an association's designation proposal (no triage). */
    String DESIGNATION_PROPOSED = "designationProposed";

    /**
     * Starts the case process for a registered complaint, in the caller's transaction.
     *
     * @return the process instance id
     */
    default String startCase(String caseNumber, Map<String, Object> variables) {
        return startCase(caseNumber, COMPLAINT_SUBMITTED, variables);
    }

    /** Starts the case process by one of its message start events, in the caller's transaction. */
    String startCase(String caseNumber, String startMessage, Map<String, Object> variables);

    /**
     * Starts a process by key, in the caller's transaction (a background process such as a delivery whose
     * asynchronous first step runs after commit).
     *
     * @return the process instance id
     */
    String startProcess(String processKey, String businessKey, Map<String, Object> variables);

    /**
     * Delivers a message to the one process instance of that business key waiting for it.
     *
     * @return false when no instance with that business key waits for the message (nothing was changed)
     */
    boolean correlate(String messageName, String businessKey, Map<String, Object> variables);

    /**
     * Delivers a message to every instance whose process variable has that value and waits for the message
     * (e.g. the joint punishment of one list entry).
     *
     * @return how many instances took the message
     */
    int correlateAll(String messageName, String variableName, String value, Map<String, Object> variables);

    /** Tasks of the case that are open now, its called processes' included, oldest first. */
    List<OpenTask> openTasks(String processInstanceId);

    /** Gives a group read access to one case (its instance and its history), e.g. the county it is routed to. */
    void grantCaseAccess(String processInstanceId, String groupId);

    /** Group ids the given process instance is shared with through {@link #grantCaseAccess}. */
    List<String> groupsWithCaseAccess(String processInstanceId);
}
