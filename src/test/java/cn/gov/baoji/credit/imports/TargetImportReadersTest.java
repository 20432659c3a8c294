package cn.gov.baoji.credit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSV and JSON readers of an import: generated rows (quotes, commas, line breaks, CJK, empty values) are
 * read back exactly as written, row by row; broken bodies stop at the row where they break.
 */
class TargetImportReadersTest {

    static final List<String> COLUMNS = List.of("originEntryId", "name", "basis", "withdrawn");

    static Stream<Long> seeds() {
        return IntStream.range(0, 25).mapToObj(i -> 1000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void csvReadsBackWhatWasWritten(long seed) throws IOException {
        List<Map<String, String>> rows = rows(new Random(seed));
        String newline = seed % 3 == 0 ? "\r\n" : seed % 3 == 1 ? "\n" : "\r";
        StringBuilder csv = new StringBuilder(seed % 2 == 0 ? "\uFEFF" : "").append(String.join(",", COLUMNS));
        for (Map<String, String> row : rows) {
            csv.append(newline).append(String.join(",", COLUMNS.stream().map(c -> csvField(row.get(c))).toList()));
        }
        if (seed % 4 == 0) {
            csv.append(newline);
        }

        var reader = new CsvTargetReader(new StringReader(csv.toString()));

        assertThat(readAll(reader)).isEqualTo(expected(rows));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void jsonReadsBackWhatWasWritten(long seed) throws IOException {
        List<Map<String, String>> rows = rows(new Random(seed));
        byte[] body = new ObjectMapper().writeValueAsBytes(rows);

        var reader = new JsonTargetReader(new JsonFactory(), new ByteArrayInputStream(body));

        assertThat(readAll(reader)).isEqualTo(expected(rows));
    }

    @Test
    void jsonScalarsAreTextAndStructuresRejectTheirRow() throws IOException {
        String body = """
                [{"originEntryId": 42, "withdrawn": true, "name": null},
                 {"originEntryId": "A", "basis": {"nested": 1}},
                 "not an object",
                 {}]""";
        var reader = new JsonTargetReader(new JsonFactory(), stream(body));

        TargetRow first = reader.next();
        assertThat(first.fields()).containsEntry("originEntryId", "42").containsEntry("withdrawn", "true")
                .doesNotContainKey("name");
        assertThat(reader.next().problems()).extracting(RowRejection::row, RowRejection::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "basis"));
        assertThat(reader.next().problems()).extracting(RowRejection::field).containsExactly("row");
        assertThat(reader.next().number()).isEqualTo(4);
        assertThat(reader.next()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "\"text\"", "", "  "})
    void jsonThatIsNoArrayIsRefusedBeforeAnyRow(String body) {
        assertThatThrownBy(() -> new JsonTargetReader(new JsonFactory(), stream(body)))
                .isInstanceOf(MalformedImportException.class);
    }

    @Test
    void brokenJsonStopsAtItsRow() throws IOException {
        var reader = new JsonTargetReader(new JsonFactory(), stream("[{\"originEntryId\": \"A\"}, {\"origin"));

        assertThat(reader.next().number()).isEqualTo(1);
        assertThatThrownBy(reader::next).isInstanceOf(MalformedImportException.class)
                .extracting(e -> ((MalformedImportException) e).row()).isEqualTo(2L);
    }

    @Test
    void csvWithoutTheOriginColumnIsRefusedBeforeAnyRow() {
        assertThatThrownBy(() -> new CsvTargetReader(new StringReader("name,basis\nA,B\n")))
                .isInstanceOf(MalformedImportException.class).hasMessageContaining("originEntryId");
        assertThatThrownBy(() -> new CsvTargetReader(new StringReader("")))
                .isInstanceOf(MalformedImportException.class);
    }

    @Test
    void aCsvRowWithTheWrongNumberOfColumnsIsRejectedAndTheNextReadOn() throws IOException {
        var reader = new CsvTargetReader(new StringReader("originEntryId,name\nA\nB,b,extra\nC,c\n"));

        assertThat(reader.next().problems()).extracting(RowRejection::message).containsExactly("has 1 columns, the header 2");
        assertThat(reader.next().problems()).hasSize(1);
        TargetRow third = reader.next();
        assertThat(third.problems()).isEmpty();
        assertThat(third.fields()).containsEntry("name", "c");
        assertThat(reader.next()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"originEntryId,name\nA,\"open\n", "originEntryId,name\nA,b\"c\n",
            "originEntryId,name\nA,\"b\"c\n"})
    void brokenCsvStopsAtItsRow(String csv) throws IOException {
        var reader = new CsvTargetReader(new StringReader(csv));

        assertThatThrownBy(reader::next).isInstanceOf(MalformedImportException.class)
                .extracting(e -> ((MalformedImportException) e).row()).isEqualTo(1L);
    }

    /** One broken quote must not read the rest of a large body into one field. */
    @Test
    void aRunawayQuotedFieldStopsAtTheFieldLimit() throws IOException {
        String csv = "originEntryId,name\nA,\"" + "x".repeat(CsvTargetReader.MAX_FIELD + 10);
        var reader = new CsvTargetReader(new StringReader(csv));

        assertThatThrownBy(reader::next).isInstanceOf(MalformedImportException.class)
                .hasMessageContaining("longer than");
    }

    // ------------------------------------------------------------------ helpers

    private static List<Map<String, String>> rows(Random random) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = random.nextInt(40); i >= 0; i--) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String column : COLUMNS) {
                row.put(column, value(random));
            }
            row.put("originEntryId", "N-" + random.nextInt(1_000_000));
            rows.add(row);
        }
        return rows;
    }

    private static String value(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> "";
            case 1 -> "宝鸡某某电子商务有限公司";
            case 2 -> "含,逗号";
            case 3 -> "a \"quoted\" word";
            case 4 -> "two\nlines\r\nthree";
            case 5 -> " spaced ";
            default -> "v" + random.nextInt(1000);
        };
    }

    private static String csvField(String value) {
        return value.matches(".*[\",\r\n].*") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static List<Map<String, String>> expected(List<Map<String, String>> rows) {
        return rows.stream().map(row -> {
            Map<String, String> fields = new LinkedHashMap<>();
            row.forEach((k, v) -> {
                if (!v.isEmpty()) {
                    fields.put(k, v);
                }
            });
            return fields;
        }).toList();
    }

    private static List<Map<String, String>> readAll(TargetReader reader) throws IOException {
        List<Map<String, String>> read = new ArrayList<>();
        long number = 0;
        for (TargetRow row = reader.next(); row != null; row = reader.next()) {
            assertThat(row.number()).isEqualTo(++number);
            assertThat(row.problems()).isEmpty();
            Map<String, String> fields = new LinkedHashMap<>();
            row.fields().forEach((k, v) -> {
                if (v != null && !v.isEmpty()) {
                    fields.put(k, v);
                }
            });
            read.add(fields);
        }
        return read;
    }

    private static ByteArrayInputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }
}
