package cn.gov.baoji.credit.publication;

/** The credit office's decision on a batch. */
public enum PublicationDecision {
    /** Publish every entry of the batch. */
    APPROVE_ALL,
    /** Publish all but the entries listed, each with a reason. */
    HOLD_BACK
}
