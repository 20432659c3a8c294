package cn.gov.baoji.credit.bench;

import java.time.Duration;
import java.util.Map;

import cn.gov.baoji.credit.support.Api;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code -Dbench.profile=true}: instead of the benchmark, where an intake request spends its time (wall-clock
 * samples of the request threads), the rows it writes and the scans it makes per table, and the engine's SQL of one.
 */
final class IntakeProfile {

    private IntakeProfile() {
    }

    /** Wall-clock samples of the request threads during intake at one client, instead of the benchmark. */
    static void run(Api api, JdbcClient jdbc, Duration warmUp, Duration seconds, Load.Operation intake) {
        Load.closed("warm-up", 2, warmUp, intake);
        Load.sleepUntil(System.nanoTime() + 2_000_000_000L);
        Map<String, Long> before = tableWrites(jdbc);
        try (WallClockProfile profile = new WallClockProfile()) {
            Load.Result result = Load.closed("intake", 1, seconds, intake);
            System.out.println("\n=== Intake profile: " + result + "\n" + profile.top(60));
            Load.sleepUntil(System.nanoTime() + 3_000_000_000L);
            Map<String, Long> after = tableWrites(jdbc);
            System.out.println("=== Per request: rows written (inserts+updates+deletes), scans (reads), transactions:");
            after.forEach((table, n) -> {
                double perRequest = (n - before.getOrDefault(table, 0L)) / (double) result.operations();
                if (perRequest >= 0.05) {
                    System.out.printf(java.util.Locale.ROOT, "%6.2f %s%n", perRequest, table);
                }
            });
        }
        // the engine's SQL of one more request, as MyBatis logs it
        var logging = org.springframework.boot.logging.LoggingSystem.get(IntakeProfile.class.getClassLoader());
        logging.setLogLevel("org.camunda.bpm.engine.impl.persistence.entity", org.springframework.boot.logging.LogLevel.DEBUG);
        logging.setLogLevel("org.camunda.bpm.engine.impl.history.event", org.springframework.boot.logging.LogLevel.DEBUG);
        System.out.println("=== SQL of one request");
        Load.closed("intake", 1, Duration.ofMillis(1), intake);
        Load.sleepUntil(System.nanoTime() + 500_000_000L);
        logging.setLogLevel("org.camunda.bpm.engine.impl.persistence.entity", org.springframework.boot.logging.LogLevel.WARN);
        logging.setLogLevel("org.camunda.bpm.engine.impl.history.event", org.springframework.boot.logging.LogLevel.WARN);
    }

    private static Map<String, Long> tableWrites(JdbcClient jdbc) {
        Map<String, Long> writes = new java.util.TreeMap<>();
        jdbc.sql("SELECT relname, n_tup_ins + n_tup_upd + n_tup_del AS n, coalesce(idx_scan, 0) + seq_scan AS r"
                + " FROM pg_stat_user_tables").query().listOfRows().forEach(row -> {
                    writes.put((String) row.get("relname"), ((Number) row.get("n")).longValue());
                    writes.put("reads " + row.get("relname"), ((Number) row.get("r")).longValue());
                });
        writes.put("(commits)", jdbc.sql("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
                .query(Long.class).single());
        return writes;
    }
}
