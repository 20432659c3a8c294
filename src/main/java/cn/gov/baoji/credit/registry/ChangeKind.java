package cn.gov.baoji.credit.registry;

/** The kinds of change in an entry's history. */
public enum ChangeKind {
    /** Entered on the list. */
    LISTED,
    /** Replaced by a newer designation of the same subject on the same list. */
    SUPERSEDED,
    /** The subject objected; under review. */
    DISPUTED,
    /** The objection was rejected; the listing stands as it was. */
    UPHELD,
    /** The objection led to a correction of the entry. */
    CORRECTED,
    /** Taken off the list before its time (objection, withdrawal). */
    REMOVED,
    /** Taken off the list early after credit repair (信用修复). */
    REPAIRED,
    /** The validity period ended. */
    EXPIRED
}
