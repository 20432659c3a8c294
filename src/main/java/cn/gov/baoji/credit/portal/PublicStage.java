package cn.gov.baoji.credit.portal;

import cn.gov.baoji.credit.casefile.CaseStage;

/** What a citizen is told of a case's stage: four plain steps, nothing internal. */
enum PublicStage {
    ACCEPTED("已受理"),
    UNDER_INVESTIGATION("调查核实中"),
    DECIDED("已作出处理决定"),
    CLOSED("已办结");

    private final String label;

    PublicStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Every stage is mapped here on purpose: a new stage does not compile until someone decides what it shows. */
    static PublicStage of(CaseStage stage) {
        return switch (stage) {
            case TRIAGE -> ACCEPTED;
            case INVESTIGATION, DESIGNATION -> UNDER_INVESTIGATION;
            case DESIGNATED, PRIOR_NOTICE, STATEMENT_REVIEW, LISTED -> DECIDED;
            case REJECTED, TRANSFERRED, DUPLICATE, NOT_LISTED -> CLOSED;
        };
    }
}
