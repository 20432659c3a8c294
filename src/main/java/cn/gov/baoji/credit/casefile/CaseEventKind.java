package cn.gov.baoji.credit.casefile;

/** What happened on a case; the decision kinds make up the case's "decisions so far". */
public enum CaseEventKind {
    RECEIVED(false),
    ROUTED(false),
    TRIAGE_DECIDED(true),
    REGISTRATION_CHECKED(false),
    INVESTIGATION_REPORTED(true),
    REMINDER_SENT(false),
    ESCALATED(false),
    DESIGNATION_DECIDED(true),
    EVIDENCE_ADDED(false),
    REPORTER_NOTIFIED(false),
    PRIOR_NOTICE_SENT(false),
    STATEMENT_RECEIVED(false),
    STATEMENT_REVIEWED(true),
    LISTED(true),
    SUBJECT_NOTIFIED(false),
    CLOCK_PAUSED(false),
    CLOCK_RESUMED(false),
    OBJECTION_FILED(false),
    OBJECTION_DECIDED(true),
    ENTRY_SHARED(false),
    MEASURES_REPORTED(true),
    /** The listing ended (expired, repaired, removed): joint punishment stopped, open reports closed. */
    PUNISHMENT_ENDED(false),
    REPAIR_APPLIED(false),
    REPAIR_DECIDED(true),
    /** A monitoring report of the anti-chaoxin alliance, attached when its subject was cross-verified. */
    ALLIANCE_REPORT(false);

    private final boolean decision;

    CaseEventKind(boolean decision) {
        this.decision = decision;
    }

    public boolean decision() {
        return decision;
    }
}
