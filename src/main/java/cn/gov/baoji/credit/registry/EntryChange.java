package cn.gov.baoji.credit.registry;

import java.time.Instant;
import java.util.Map;

/** One line of an entry's history. */
public record EntryChange(Instant occurredAt, ChangeKind kind, EntryStatus statusAfter, String actor, String reason,
                          Map<String, Object> details) {
}
