package cn.gov.baoji.credit.registry;

/**
 * Published inside the transaction of every change of an entry, for modules that must follow the registry at
 * once (the public pages withdraw an expired or removed entry in the same transaction).
 */
public record EntryChanged(String entryId, EntryStatus status, ChangeKind kind) {
}
