package cn.gov.baoji.credit.imports;

import java.util.List;

/** What became of one row. */
record RowOutcome(Kind kind, List<RowRejection> rejections) {

    enum Kind {
        /** A new entry was listed. */
        ACCEPTED,
        /** Our entry took over the origin's change (or was listed again after it had ended). */
        UPDATED,
        /** The origin withdrew the entry: ours was removed. */
        WITHDRAWN,
        /** Nothing to do: we hold the entry as the origin states it. */
        UNCHANGED,
        /** Not applied, for the reasons given. */
        REJECTED
    }

    static RowOutcome of(Kind kind) {
        return new RowOutcome(kind, List.of());
    }

    static RowOutcome rejected(List<RowRejection> rejections) {
        return new RowOutcome(Kind.REJECTED, List.copyOf(rejections));
    }
}
