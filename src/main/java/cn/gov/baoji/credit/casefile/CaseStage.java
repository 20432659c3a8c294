package cn.gov.baoji.credit.casefile;

/** Where a case stands. The closed stages end the case; DESIGNATED leads to due process and listing. */
public enum CaseStage {
    TRIAGE(false),
    INVESTIGATION(false),
    DESIGNATION(false),
    DESIGNATED(false),
    /** The subject has been told of the intended listing and may state its case. */
    PRIOR_NOTICE(false),
    STATEMENT_REVIEW(false),
    /** On a list; member units are applying joint punishment. */
    LISTED(false),
    NOT_LISTED(true),
    REJECTED(true),
    TRANSFERRED(true),
    DUPLICATE(true);

    private final boolean closed;

    CaseStage(boolean closed) {
        this.closed = closed;
    }

    public boolean closed() {
        return closed;
    }
}
