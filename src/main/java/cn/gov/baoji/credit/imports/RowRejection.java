package cn.gov.baoji.credit.imports;

/** Why one row of an import was not applied: its number (from 1), the field ("row" for the whole row), why. */
public record RowRejection(long row, String field, String message) {
}
