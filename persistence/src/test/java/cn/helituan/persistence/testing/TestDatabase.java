package cn.helituan.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL every test in this JVM runs against, chosen once:
 * <ol>
 *   <li>{@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USER}/{@code TEST_DATABASE_PASSWORD}): a server; a fresh
 *       database is created on it for this run and dropped at the end;</li>
 *   <li>else Testcontainers, when a Docker engine answers;</li>
 *   <li>else an embedded PostgreSQL 17 in a temporary directory.</li>
 * </ol>
 * Never H2, never skipped.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static Connection current;
    private static Connection other;

    private TestDatabase() {
    }

    /** Where to connect. */
    public record Connection(String url, String username, String password, String source) {
    }

    public static synchronized Connection get() {
        if (current == null) {
            current = start();
            log.info("Tests use PostgreSQL from {}: {}", current.source(), current.url());
        }
        return current;
    }

    /**
     * A second fresh database on the same server as {@link #get}, made once and dropped at the end: for a test context
     * whose configuration changes what it writes (a field key), so that the other contexts never read its rows, nor
     * run its background jobs, nor it theirs.
     */
    public static synchronized Connection another() {
        if (other == null) {
            Connection c = get();
            other = freshDatabaseOn(c.url(), c.username(), c.password());
            log.info("A second test database on the same server: {}", other.url());
        }
        return other;
    }

    /** For {@code @DynamicPropertySource}: points Spring's data source at the test database. */
    public static void register(DynamicPropertyRegistry registry) {
        Connection c = get();
        registry.add("spring.datasource.url", c::url);
        registry.add("spring.datasource.username", c::username);
        registry.add("spring.datasource.password", c::password);
    }

    private static Connection start() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return freshDatabaseOn(url, env("TEST_DATABASE_USER", "postgres"), env("TEST_DATABASE_PASSWORD", ""));
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers");
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    log.warn("embedded PostgreSQL did not stop cleanly", e);
                }
            }));
            return new Connection(pg.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded PostgreSQL");
        } catch (IOException e) {
            throw new IllegalStateException("No PostgreSQL for the tests: set TEST_DATABASE_URL, start Docker, or "
                    + "let the embedded PostgreSQL start", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Connection freshDatabaseOn(String url, String user, String password) {
        String name = "hlt_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
                + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        try (java.sql.Connection c = DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + url, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (java.sql.Connection c = DriverManager.getConnection(url, user, password);
                 Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name + " with (force)");
            } catch (SQLException e) {
                log.warn("test database {} was not dropped", name, e);
            }
        }));
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        String query = url.contains("?") ? url.substring(url.indexOf('?')) : "";
        return new Connection(base.substring(0, base.lastIndexOf('/') + 1) + name + query, user, password,
                "TEST_DATABASE_URL");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
