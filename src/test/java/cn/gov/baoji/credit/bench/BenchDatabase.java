package cn.gov.baoji.credit.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import cn.gov.baoji.credit.support.EmbeddedPostgres17;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Where the benchmark runs: the PostgreSQL named by {@code DB_URL} ({@code DB_USER}, {@code DB_PASSWORD}), or else
 * two fresh databases on the embedded PostgreSQL 17 of this JVM. The bare engine never shares tables with the
 * product: on {@code DB_URL} it gets the schema {@value #BASELINE_SCHEMA} of the same database, embedded its own
 * database on the same server. Same server, same settings, same pool size either way.
 */
record BenchDatabase(String description, String productUrl, String baselineUrl, String baselineSchema, String user,
                     String password) {

    static final String BASELINE_SCHEMA = "bench_baseline";
    /** The product's pool (spring.datasource.hikari.maximum-pool-size); the bare engine gets the same. */
    static final int POOL_SIZE = 20;

    static BenchDatabase choose() {
        String url = System.getenv("DB_URL");
        if (url != null && !url.isBlank()) {
            String baseline = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + BASELINE_SCHEMA;
            BenchDatabase db = new BenchDatabase("PostgreSQL at DB_URL", url, baseline, BASELINE_SCHEMA,
                    System.getenv().getOrDefault("DB_USER", "postgres"), System.getenv().getOrDefault("DB_PASSWORD", ""));
            db.createBaselineSchema();
            return db;
        }
        EmbeddedPostgres17 postgres = EmbeddedPostgres17.get();
        return new BenchDatabase("embedded PostgreSQL 17 (zonky), " + postgres.privileges(),
                postgres.jdbcUrl(postgres.newDatabase("bench")), postgres.jdbcUrl(postgres.newDatabase("baseline")),
                null, postgres.user(), postgres.password());
    }

    HikariDataSource baselinePool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(baselineUrl);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setPoolName("bench-baseline");
        return pool;
    }

    private void createBaselineSchema() {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(productUrl);
            pool.setUsername(user);
            pool.setPassword(password);
            pool.setMaximumPoolSize(1);
            try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("CREATE SCHEMA IF NOT EXISTS " + BASELINE_SCHEMA);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create schema " + BASELINE_SCHEMA + " at DB_URL", e);
        }
    }
}
