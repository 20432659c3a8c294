package cn.gov.baoji.credit.imports;

/**
 * The body cannot be read on at this row (broken JSON, an unterminated CSV quote, a CSV header without the
 * required columns): the rows before it stand, nothing after it is read. Row 0 means before the first row.
 */
class MalformedImportException extends RuntimeException {

    private final long row;

    MalformedImportException(long row, String message) {
        super(message);
        this.row = row;
    }

    long row() {
        return row;
    }
}
