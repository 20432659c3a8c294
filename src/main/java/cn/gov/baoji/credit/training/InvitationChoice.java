package cn.gov.baoji.credit.training;

/** Whom commerce invites to a session. */
enum InvitationChoice {
    /** The subjects awaiting training longest, up to the capacity. */
    LONGEST_WAITING,
    /** The subjects named by their short ids. */
    SELECTED
}
