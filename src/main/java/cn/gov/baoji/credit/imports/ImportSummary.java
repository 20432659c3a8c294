package cn.gov.baoji.credit.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts an import's outcomes as they come; keeps at most {@value #MAX_REJECTIONS} rejections in memory. */
final class ImportSummary {

    static final int MAX_REJECTIONS = 1000;

    private final Map<RowOutcome.Kind, Long> counts = new EnumMap<>(RowOutcome.Kind.class);
    private final List<RowRejection> rejections = new ArrayList<>();
    private boolean truncated;
    private String stoppedEarly;

    void add(RowOutcome outcome) {
        counts.merge(outcome.kind(), 1L, Long::sum);
        for (RowRejection rejection : outcome.rejections()) {
            if (rejections.size() < MAX_REJECTIONS) {
                rejections.add(rejection);
            } else {
                truncated = true;
            }
        }
    }

    void stoppedEarly(MalformedImportException e) {
        stoppedEarly = "row " + e.row() + ": " + e.getMessage();
    }

    long count(RowOutcome.Kind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    ImportSummaryResponse response() {
        long rows = counts.values().stream().mapToLong(Long::longValue).sum();
        return new ImportSummaryResponse(rows, count(RowOutcome.Kind.ACCEPTED), count(RowOutcome.Kind.UPDATED),
                count(RowOutcome.Kind.WITHDRAWN), count(RowOutcome.Kind.UNCHANGED), count(RowOutcome.Kind.REJECTED),
                List.copyOf(rejections), truncated, stoppedEarly);
    }
}
