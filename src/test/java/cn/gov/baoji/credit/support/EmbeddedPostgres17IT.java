package cn.gov.baoji.credit.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/** The embedded PostgreSQL 17 itself, without a Spring Boot application: fast, and it runs as root too. */
class EmbeddedPostgres17IT {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres17IT.class);

    private static EmbeddedPostgres17 postgres;

    @BeforeAll
    static void startFromSeveralThreadsAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<EmbeddedPostgres17>> calls = IntStream.range(0, 4)
                    .<Callable<EmbeddedPostgres17>>mapToObj(i -> EmbeddedPostgres17::get)
                    .toList();
            List<EmbeddedPostgres17> results = threads.invokeAll(calls).stream().map(EmbeddedPostgres17IT::join).toList();
            postgres = results.get(0);
            assertThat(results).allSatisfy(result -> assertThat(result).isSameAs(postgres));
        } finally {
            threads.shutdownNow();
        }
        log.info("{} started in {} ms (user {})", postgres, postgres.startupTime().toMillis(),
                System.getProperty("user.name"));
    }

    @Test
    void reportsPostgres17() throws SQLException {
        DataSource database = postgres.createDatabase("version");
        assertThat(query(database, "select version()")).startsWith("PostgreSQL 17.");
        assertThat(Integer.parseInt(query(database, "show server_version_num"))).isBetween(170000, 179999);
    }

    @Test
    void givesEveryCallerItsOwnDatabase() throws SQLException {
        long started = System.nanoTime();
        DataSource first = postgres.createDatabase("Isolation Test");
        long created = System.nanoTime();
        DataSource second = postgres.createDatabase("Isolation Test");
        log.info("Databases created in {} ms and {} ms", (created - started) / 1_000_000,
                (System.nanoTime() - created) / 1_000_000);

        String firstName = query(first, "select current_database()");
        String secondName = query(second, "select current_database()");
        assertThat(firstName).startsWith("isolation_test_").isNotEqualTo(secondName);
        assertThat(secondName).startsWith("isolation_test_");

        try (Connection connection = first.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table marker (id int primary key)");
            statement.execute("insert into marker values (1)");
        }
        assertThat(query(first, "select count(*) from marker")).isEqualTo("1");
        assertThat(query(second, "select to_regclass('marker') is null")).isEqualTo("t");
    }

    @Test
    void acceptsPlainJdbcConnectionsWithTheAdvertisedSettings() throws SQLException {
        String database = postgres.newDatabase("jdbc");
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(),
                postgres.password());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select current_database(), current_user,"
                        + " current_setting('fsync'), current_setting('synchronous_commit'),"
                        + " current_setting('full_page_writes'), current_setting('max_connections'),"
                        + " pg_encoding_to_char(encoding) from pg_database where datname = current_database()")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo(database);
            assertThat(result.getString(2)).isEqualTo(postgres.user());
            assertThat(result.getString(3)).isEqualTo("off");
            assertThat(result.getString(4)).isEqualTo("off");
            assertThat(result.getString(5)).isEqualTo("off");
            assertThat(result.getString(6)).isEqualTo("300");
            assertThat(result.getString(7)).isEqualTo("UTF8");
        }
    }

    @Test
    void initializerPointsEachContextAtItsOwnDatabase() throws SQLException {
        String firstUrl = initializedUrl();
        String secondUrl = initializedUrl();
        assertThat(firstUrl).startsWith("jdbc:postgresql://localhost:" + postgres.port() + "/it_")
                .isNotEqualTo(secondUrl);
        try (Connection connection = DriverManager.getConnection(secondUrl, postgres.user(), postgres.password())) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    @Test
    void sanitisesDatabaseNames() {
        assertThat(EmbeddedPostgres17.databaseName("Credit-Case IT", 7)).isEqualTo("credit_case_it_7");
        assertThat(EmbeddedPostgres17.databaseName("42", 1)).isEqualTo("db_42_1");
        assertThat(EmbeddedPostgres17.databaseName(null, 1)).isEqualTo("db_1");
        assertThat(EmbeddedPostgres17.databaseName("x".repeat(100), 1_000_000_000)).hasSizeLessThanOrEqualTo(63);
    }

    private static String initializedUrl() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            new EmbeddedPostgresInitializer().initialize(context);
            ConfigurableEnvironment environment = context.getEnvironment();
            assertThat(environment.getPropertySources().iterator().next().getName())
                    .isEqualTo(EmbeddedPostgresInitializer.PROPERTY_SOURCE_NAME);
            assertThat(environment.getProperty("spring.datasource.username")).isEqualTo(postgres.user());
            assertThat(environment.getProperty("spring.datasource.password")).isEqualTo(postgres.password());
            assertThat(environment.getProperty("spring.datasource.driver-class-name")).isEqualTo("org.postgresql.Driver");
            return environment.getProperty("spring.datasource.url");
        }
    }

    private static String query(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
