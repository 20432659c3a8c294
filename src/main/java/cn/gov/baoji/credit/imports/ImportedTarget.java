package cn.gov.baoji.credit.imports;

import cn.gov.baoji.credit.registry.EntrySource;
import cn.gov.baoji.credit.registry.NewListing;

/**
 * A checked row: the origin's entry, and either the listing as the origin now states it or its withdrawal
 * ({@code listing} is null then).
 */
record ImportedTarget(long row, EntrySource source, String originEntryId, NewListing listing,
                      String withdrawalReason) {

    boolean withdrawn() {
        return listing == null;
    }
}
