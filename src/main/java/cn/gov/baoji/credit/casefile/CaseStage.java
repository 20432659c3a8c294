package cn.gov.baoji.credit.casefile;

/** Where a case stands. The closed stages end the case; the listing issue continues after DESIGNATED. */
public enum CaseStage {
    TRIAGE(false),
    INVESTIGATION(false),
    DESIGNATION(false),
    DESIGNATED(false),
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
