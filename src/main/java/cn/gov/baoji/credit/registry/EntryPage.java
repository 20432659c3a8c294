package cn.gov.baoji.credit.registry;

import java.util.List;

/** One page of a registry search. */
public record EntryPage(List<ListEntry> entries, int page, int size, long total) {
}
