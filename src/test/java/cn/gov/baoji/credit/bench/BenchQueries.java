package cn.gov.baoji.credit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the benchmark reads besides its own clocks: the database's plans and job log, the machine's load. */
final class BenchQueries {

    private BenchQueries() {
    }

    static String explainSubtasks(JdbcClient jdbc) {
        return String.join(" / ", jdbc.sql("EXPLAIN SELECT * FROM act_ru_task WHERE parent_task_id_ = 'x'")
                .query(String.class).list());
    }

    /**
     * The plan of the job executor's acquisition (Camunda's {@code selectNextJobsToExecute} for PostgreSQL, without
     * its clause on exclusive jobs): the product's, due jobs by due date, or Camunda's default.
     */
    static String explainAcquisition(JdbcClient jdbc, boolean byDueDate) {
        String due = byDueDate ? "duedate_ <= now()" : "(duedate_ IS NULL OR duedate_ <= now())";
        return String.join(" / ", jdbc.sql("EXPLAIN SELECT id_, rev_, duedate_ FROM act_ru_job WHERE retries_ > 0"
                        + " AND " + due + " AND (lock_owner_ IS NULL OR lock_exp_time_ < now())"
                        + " AND suspension_state_ = 1" + (byDueDate ? " ORDER BY duedate_" : "") + " LIMIT 3")
                .query(String.class).list());
    }

    static String jobs(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) || ' jobs, ' || count(*) FILTER (WHERE duedate_ > now()) || ' due later'"
                + " FROM act_ru_job").query(String.class).single();
    }

    static Map<String, String> stepFigures(Map<String, long[]> steps) {
        Map<String, String> figures = new LinkedHashMap<>();
        steps.forEach((name, nanos) -> {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            figures.put(name, String.format(java.util.Locale.ROOT, "n=%d p50=%.1fms p99=%.1fms", sorted.length,
                    Load.percentile(sorted, 0.5), Load.percentile(sorted, 0.99)));
        });
        return figures;
    }

    /** From job creation to its successful end, per asynchronous step, from the job log (history full). */
    static List<Map<String, Object>> jobLag(JdbcClient jdbc, Timestamp since) {
        return jdbc.sql("""
                SELECT s.act_id_ AS step, count(*) AS jobs,
                       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.timestamp_ - c.timestamp_))::numeric * 1000, 1) AS p50_ms,
                       round(percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM s.timestamp_ - c.timestamp_))::numeric * 1000, 1) AS p99_ms
                FROM act_hi_job_log c JOIN act_hi_job_log s ON s.job_id_ = c.job_id_ AND s.job_state_ = 2
                WHERE c.job_state_ = 0 AND c.timestamp_ >= ? AND c.job_def_type_ = 'async-continuation'
                GROUP BY s.act_id_ ORDER BY s.act_id_""").param(since).query().listOfRows()
                .stream().map(row -> (Map<String, Object>) new LinkedHashMap<>(row)).toList();
    }

    static long openTasks(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM act_ru_task").query(Long.class).single();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    static String rss() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> l.replace("VmRSS:", "").trim()).findFirst().orElse("unknown");
    }
}
