package cn.gov.baoji.credit.registry;

/**
 * Published inside the transaction of every change of an entry, for modules that must follow the registry at
 * once (the public pages withdraw an expired or removed entry in the same transaction; the member units are told
 * of the end and their open reports are closed).
 */
public record EntryChanged(String entryId, EntryStatus status, ChangeKind kind, EntrySource source, String reason) {
}
