package cn.gov.baoji.credit.registry;

/** Where a list entry stands. A DISPUTED entry is still listed: an objection does not suspend the listing. */
public enum EntryStatus {
    ACTIVE, DISPUTED, EXPIRED, REMOVED;

    public boolean listed() {
        return this == ACTIVE || this == DISPUTED;
    }
}
