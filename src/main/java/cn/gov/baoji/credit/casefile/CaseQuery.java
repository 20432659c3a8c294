package cn.gov.baoji.credit.casefile;

import java.time.Instant;
import java.util.Set;

import cn.gov.baoji.credit.shared.SubjectSearch;

/**
 * A search of the cases a caller may see, newest first unless {@code oldestFirst}. Every filter is optional:
 * {@code stages} (empty for all), the county, the channel, the list type, the subject, and {@code receivedFrom}
 * (inclusive) to {@code receivedBefore} (exclusive).
 */
public record CaseQuery(Set<CaseStage> stages, String countyCode, String channel, String listType,
                        SubjectSearch subject, Instant receivedFrom, Instant receivedBefore, int page, int size,
                        boolean oldestFirst) {

    public static final int MAX_SIZE = 100;

    public CaseQuery {
        stages = Set.copyOf(stages);
    }
}
