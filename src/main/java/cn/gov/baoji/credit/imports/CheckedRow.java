package cn.gov.baoji.credit.imports;

import java.util.List;

/** A row after the checks: a target to apply, or the reasons it is rejected (then target is null). */
record CheckedRow(long row, ImportedTarget target, List<RowRejection> rejections) {

    static CheckedRow rejected(long row, List<RowRejection> rejections) {
        return new CheckedRow(row, null, List.copyOf(rejections));
    }

    static CheckedRow accepted(ImportedTarget target) {
        return new CheckedRow(target.row(), target, List.of());
    }
}
