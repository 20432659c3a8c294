package cn.gov.baoji.credit.training;

/** Where a subject's training obligation stands. */
public enum TrainingStatus {
    /** Awaiting training: offered to the next session (again after a missed one). */
    OPEN,
    /** Invited to a scheduled session whose attendance is not yet recorded. */
    INVITED,
    /** Attended a session: the obligation is fulfilled. */
    ATTENDED,
    /** No longer owed: the entry expired or was removed before the subject attended. */
    WAIVED
}
