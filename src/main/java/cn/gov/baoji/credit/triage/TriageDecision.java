package cn.gov.baoji.credit.triage;

import cn.gov.baoji.credit.casefile.CaseStage;

/** What the credit office decides about a complaint, and the stage it puts the case in. */
enum TriageDecision {
    ACCEPT(CaseStage.INVESTIGATION),
    REJECT(CaseStage.REJECTED),
    TRANSFER(CaseStage.TRANSFERRED),
    DUPLICATE(CaseStage.DUPLICATE);

    private final CaseStage stage;

    TriageDecision(CaseStage stage) {
        this.stage = stage;
    }

    CaseStage stage() {
        return stage;
    }
}
