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
 * database on the same server. Same server, same settings, same pool size either way. A second bare engine
 * ({@value #ALTERNATE_SCHEMA}) differs in one setting only, to try it.
 */
record BenchDatabase(String description, String productUrl, String baselineUrl, String baselineSchema,
                     String alternateUrl, String alternateSchema, String user, String password) {

    static final String BASELINE_SCHEMA = "bench_baseline";
    /** A second bare engine, the same but for one setting, to try that setting (see PerformanceBench). */
    static final String ALTERNATE_SCHEMA = "bench_alternate";
    /** The product's pool (spring.datasource.hikari.maximum-pool-size); the bare engine gets the same. */
    static final int POOL_SIZE = 20;

    static BenchDatabase choose() {
        String url = System.getenv("DB_URL");
        if (url != null && !url.isBlank()) {
            String separator = url.contains("?") ? "&" : "?";
            BenchDatabase db = new BenchDatabase("PostgreSQL at DB_URL", url,
                    url + separator + "currentSchema=" + BASELINE_SCHEMA, BASELINE_SCHEMA,
                    url + separator + "currentSchema=" + ALTERNATE_SCHEMA, ALTERNATE_SCHEMA,
                    System.getenv().getOrDefault("DB_USER", "postgres"), System.getenv().getOrDefault("DB_PASSWORD", ""));
            db.createSchema(BASELINE_SCHEMA);
            db.createSchema(ALTERNATE_SCHEMA);
            return db;
        }
        EmbeddedPostgres17 postgres = EmbeddedPostgres17.get();
        return new BenchDatabase("embedded PostgreSQL 17 (zonky), " + postgres.privileges(),
                postgres.jdbcUrl(postgres.newDatabase("bench")), postgres.jdbcUrl(postgres.newDatabase("baseline")),
                null, postgres.jdbcUrl(postgres.newDatabase("alternate")), null, postgres.user(), postgres.password());
    }

    /** A pool like the product's, with or without pgjdbc's rewriting of batched inserts into multi-row ones. */
    HikariDataSource baselinePool(boolean alternate, boolean rewriteBatchedInserts) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(alternate ? alternateUrl : baselineUrl);
        pool.addDataSourceProperty("reWriteBatchedInserts", String.valueOf(rewriteBatchedInserts));
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setPoolName(alternate ? "bench-alternate" : "bench-baseline");
        return pool;
    }

    private void createSchema(String schema) {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(productUrl);
            pool.setUsername(user);
            pool.setPassword(password);
            pool.setMaximumPoolSize(1);
            try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create schema " + schema + " at DB_URL", e);
        }
    }
}
