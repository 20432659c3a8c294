package cn.gov.baoji.credit.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The problems of one row as the checks find them, in field order. */
final class RowProblems {

    final long row;
    final List<RowRejection> all = new ArrayList<>();

    RowProblems(long row) {
        this.row = row;
    }

    void add(String field, String message) {
        all.add(new RowRejection(row, field, message));
    }

    /** The field's text, noting a missing required value or one longer than {@code max}. */
    String text(TargetRow r, String field, boolean required, int max) {
        String value = r.field(field);
        if (value == null && required) {
            add(field, "is required");
        } else if (value != null && value.length() > max) {
            add(field, "must be at most " + max + " characters");
        }
        return value;
    }

    /** The field as a required ISO date, or null with the problem noted. */
    LocalDate date(TargetRow r, String field) {
        String value = r.field(field);
        if (value == null) {
            add(field, "is required");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            add(field, "must be a date yyyy-MM-dd");
            return null;
        }
    }
}
