package cn.gov.baoji.credit.imports;

import java.util.List;
import java.util.Map;

/**
 * One row of an import as read, before any check: the fields by name (absent or empty as null) and what the
 * reader already found wrong with it (a JSON object in a field, a wrong number of CSV columns).
 *
 * @param number the row's position in the import, from 1 (the CSV header is not counted)
 */
record TargetRow(long number, Map<String, String> fields, List<RowRejection> problems) {

    String field(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
