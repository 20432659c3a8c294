package cn.gov.baoji.credit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Collects the figures of one run, prints them as one table and writes {@code target/bench/results.json}. */
final class Report {

    static final Path RESULTS = Path.of("target", "bench", "results.json");

    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();

    /** One line of the table; {@code ratio} is product/baseline at the same concurrency, or null. */
    record Row(Load.Result result, String unit, Double baselinePerSecond, Double ratio, String note) {
    }

    void fact(String name, Object value) {
        facts.put(name, value);
    }

    void row(Load.Result result, String unit, Load.Result baseline, String note) {
        Double base = baseline == null ? null : baseline.perSecond();
        Double ratio = base == null || base == 0 ? null : result.perSecond() / base;
        rows.add(new Row(result, unit, base, ratio, note));
    }

    double maxRate(String workload) {
        return rows.stream().filter(row -> row.result().workload().equals(workload))
                .mapToDouble(row -> row.result().perSecond()).max().orElse(0);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-36s %7s %9s %-9s %8s %8s %7s %10s %6s  %s%n", "workload", "clients",
                "rate", "unit", "p50 ms", "p99 ms", "errors", "baseline", "ratio", "note"));
        for (Row row : rows) {
            Load.Result r = row.result();
            out.append(String.format(Locale.ROOT, "%-36s %7d %9.1f %-9s %8.1f %8.1f %7d %10s %6s  %s%n",
                    r.workload(), r.clients(), r.perSecond(), row.unit(), r.p50Ms(), r.p99Ms(), r.errors(),
                    row.baselinePerSecond() == null ? "" : String.format(Locale.ROOT, "%.1f", row.baselinePerSecond()),
                    row.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", row.ratio()),
                    row.note() == null ? "" : row.note()));
        }
        facts.forEach((name, value) -> out.append(name).append(": ").append(value).append('\n'));
        return out.toString();
    }

    void write() {
        Map<String, Object> json = new LinkedHashMap<>(facts);
        json.put("rows", rows);
        try {
            Files.createDirectories(RESULTS.getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(RESULTS.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
