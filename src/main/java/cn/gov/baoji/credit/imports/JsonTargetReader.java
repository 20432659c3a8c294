package cn.gov.baoji.credit.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A JSON array of target objects, read with Jackson's streaming parser one object at a time. Scalar values are
 * taken as text (so {@code "withdrawn": true} and {@code "withdrawn": "true"} are the same); an object or array
 * as a value rejects its row; unknown fields are ignored.
 */
final class JsonTargetReader implements TargetReader {

    private final JsonParser parser;
    private long number;

    /** @throws MalformedImportException (row 0) unless the body starts a JSON array */
    JsonTargetReader(JsonFactory factory, InputStream in) throws IOException {
        this.parser = factory.createParser(in);
        if (token(0) != JsonToken.START_ARRAY) {
            throw new MalformedImportException(0, "The body must be a JSON array of targets");
        }
    }

    @Override
    public TargetRow next() throws IOException {
        JsonToken token = token(number + 1);
        if (token == JsonToken.END_ARRAY) {
            if (trailing()) {
                throw new MalformedImportException(number + 1, "Content after the end of the array");
            }
            return null;
        }
        number++;
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return new TargetRow(number, Map.of(), List.of(
                    new RowRejection(number, TargetFields.ROW, "must be a JSON object")));
        }
        Map<String, String> fields = new HashMap<>();
        List<RowRejection> problems = new ArrayList<>();
        while (token(number) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = token(number);
            if (value.isStructStart()) {
                parser.skipChildren();
                problems.add(new RowRejection(number, name, "must be a string, number or boolean"));
            } else if (value != JsonToken.VALUE_NULL) {
                fields.put(name, parser.getText());
            }
        }
        return new TargetRow(number, fields, problems);
    }

    /** The next token of the row being read. */
    private JsonToken token(long row) throws IOException {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new MalformedImportException(row, "The JSON array is not closed");
            }
            return token;
        } catch (JsonProcessingException e) {
            throw new MalformedImportException(row, "Not valid JSON" + (e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
        }
    }

    private boolean trailing() throws IOException {
        try {
            return parser.nextToken() != null;
        } catch (JsonProcessingException e) {
            return true;
        }
    }
}
