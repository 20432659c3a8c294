package cn.gov.baoji.credit.listing;

/** What the county decides after reading the subject's statement. */
public enum StatementOutcome {
    /** The intended listing stands. */
    UPHOLD,
    /** List, but on another list. */
    CHANGE_LIST_TYPE,
    /** Do not list. */
    DROP
}
