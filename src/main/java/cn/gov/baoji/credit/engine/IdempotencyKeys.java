package cn.gov.baoji.credit.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Idempotency keys for outbound calls: the same step of the same case always produces the same key, so a
 * job that runs twice (at-least-once execution) asks the agency to do the same thing twice, which it ignores.
 */
public final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    /** Process instance and activity; a step inside a multi-instance body adds its loop counter. */
    public static String of(DelegateExecution execution) {
        String key = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
        // inherited, not local: a step inside a multi-instance subprocess runs in a child of the execution that
        // holds the loop counter, and without it every instance would send under the same key
        Object loopCounter = execution.getVariable("loopCounter");
        return loopCounter == null ? key : key + ":" + loopCounter;
    }
}
