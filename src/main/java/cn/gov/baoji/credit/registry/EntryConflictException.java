package cn.gov.baoji.credit.registry;

/**
 * A change that the entry's current state does not allow (e.g. an objection against an entry that has
 * expired), or a concurrent change that got there first.
 */
public class EntryConflictException extends RuntimeException {

    public EntryConflictException(String message) {
        super(message);
    }
}
