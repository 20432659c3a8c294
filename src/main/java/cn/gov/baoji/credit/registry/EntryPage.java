package cn.gov.baoji.credit.registry;

import java.util.List;

/** One page of a registry search; {@code total} is exact up to {@link cn.gov.baoji.credit.shared.PageTotal#CAP}. */
public record EntryPage(List<ListEntry> entries, int page, int size, long total, boolean totalExact) {
}
