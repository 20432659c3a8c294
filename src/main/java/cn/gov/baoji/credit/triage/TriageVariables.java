package cn.gov.baoji.credit.triage;

import cn.gov.baoji.credit.engine.ProcessVariable;

/** Variables of task {@code triageComplaint} (form keys) and of the closing path. */
public final class TriageVariables {

    /** ACCEPT, REJECT, TRANSFER or DUPLICATE ({@link TriageDecision}). */
    public static final ProcessVariable<String> TRIAGE_DECISION = string("triageDecision");
    public static final ProcessVariable<String> TRIAGE_COMMENT = string("triageComment");
    /** The earlier case this complaint duplicates. */
    public static final ProcessVariable<String> DUPLICATE_OF = string("duplicateOf");
    /** Why the case closed before investigation: a triage decision or OUT_OF_JURISDICTION. */
    public static final ProcessVariable<String> CLOSING_REASON = string("closingReason");

    public static final String OUT_OF_JURISDICTION = "OUT_OF_JURISDICTION";

    private TriageVariables() {
    }

    private static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class);
    }
}
