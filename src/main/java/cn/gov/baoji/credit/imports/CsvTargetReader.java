package cn.gov.baoji.credit.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV, one record at a time: a header row naming the columns (any order; unknown columns are ignored),
 * fields optionally in double quotes (a quote inside doubled, line breaks allowed inside quotes), records ended
 * by CRLF, LF or CR; blank lines are skipped; a leading byte order mark is dropped. A field is capped at
 * {@value #MAX_FIELD} characters and a record at {@value #MAX_COLUMNS} columns, so that one broken quote cannot
 * swallow the rest of the body into memory.
 */
final class CsvTargetReader implements TargetReader {

    static final int MAX_FIELD = 4000;
    static final int MAX_COLUMNS = 64;

    private final Reader in;
    private final List<String> header;
    private long number;
    private int pushedBack = -2;

    /** Reads the header. @throws MalformedImportException (row 0) when it lacks the origin's entry id */
    CsvTargetReader(Reader in) throws IOException {
        this.in = in;
        int first = in.read();
        if (first != '\uFEFF') {
            pushedBack = first;
        }
        List<String> names = record();
        if (names == null || !names.stream().map(String::strip).toList().contains(TargetFields.ORIGIN_ENTRY_ID)) {
            throw new MalformedImportException(0, "The first CSV row must name the columns, "
                    + TargetFields.ORIGIN_ENTRY_ID + " among them; known columns: " + TargetFields.ALL);
        }
        this.header = names.stream().map(String::strip).toList();
    }

    @Override
    public TargetRow next() throws IOException {
        List<String> values = record();
        if (values == null) {
            return null;
        }
        number++;
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < Math.min(header.size(), values.size()); i++) {
            fields.put(header.get(i), values.get(i).isEmpty() ? null : values.get(i));
        }
        List<RowRejection> problems = values.size() == header.size() ? List.of()
                : List.of(new RowRejection(number, TargetFields.ROW, "has " + values.size()
                        + " columns, the header " + header.size()));
        return new TargetRow(number, fields, problems);
    }

    /** The next non-blank record's fields, or null at the end. */
    private List<String> record() throws IOException {
        int c = read();
        while (c == '\r' || c == '\n') {   // blank lines
            c = read();
        }
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            c = c == '"' ? quoted(field) : plain(c, field);
            add(fields, field);
            if (c != ',') {
                if (c == '\r') {
                    int following = read();
                    if (following != '\n') {
                        pushedBack = following;
                    }
                }
                return fields;
            }
            c = read();
        }
    }

    /** Reads an unquoted field starting with {@code c}; returns the character that ended it. */
    private int plain(int c, StringBuilder field) throws IOException {
        while (c != ',' && c != '\r' && c != '\n' && c != -1) {
            if (c == '"') {
                throw new MalformedImportException(number + 1, "A double quote inside an unquoted CSV field");
            }
            append(field, (char) c);
            c = read();
        }
        return c;
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int quoted(StringBuilder field) throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                throw new MalformedImportException(number + 1, "A quoted CSV field is not closed");
            }
            if (c != '"') {
                append(field, (char) c);
                continue;
            }
            int following = read();
            if (following != '"') {
                if (following != ',' && following != '\r' && following != '\n' && following != -1) {
                    throw new MalformedImportException(number + 1, "Text after the closing quote of a CSV field");
                }
                return following;
            }
            append(field, '"');
        }
    }

    private void add(List<String> fields, StringBuilder field) {
        if (fields.size() == MAX_COLUMNS) {
            throw new MalformedImportException(number + 1, "A CSV row has more than " + MAX_COLUMNS + " columns");
        }
        fields.add(field.toString());
        field.setLength(0);
    }

    private void append(StringBuilder field, char c) {
        if (field.length() == MAX_FIELD) {
            throw new MalformedImportException(number + 1, "A CSV field is longer than " + MAX_FIELD + " characters");
        }
        field.append(c);
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }
}
